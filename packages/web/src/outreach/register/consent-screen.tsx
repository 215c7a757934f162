import { consentRecord } from '@groundwork/core';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { fullName } from '../../field/format.ts';
import { localToday } from '../../field/groups/schedule.ts';
import { t } from '../../i18n/i18n.ts';
import { enqueue, resubmit } from '../../sync/outbox.ts';
import { outreachCommands } from '../commands.ts';
import { Field, FormActions, OneOf } from '../form-parts.tsx';
import { FormHead } from '../gate.tsx';
import { usePersonForm } from '../use-person.ts';

type Answer = 'given' | 'refused';

/** Asks her again, or for the first time: her answer about keeping health records, with its date. */
export function ConsentScreen({ params, query }: { params: { id: string }; query: { fix?: string } }) {
  const form = usePersonForm(params.id, query.fix);
  const today = localToday();
  const [answer, setAnswer] = useState<Answer | ''>('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const { route } = useLocation();
  if (!form) return <p>{t('app.loading')}</p>;
  const person = form.records.person;
  if (!person) return <p>{t('outreach.person.not_here')}</p>;

  async function save(event: Event) {
    event.preventDefault();
    if (!person) return;
    const payload = { personId: person.id, given: answer === 'given', date };
    if (!answer) return setError(t('outreach.register.error.consent'));
    if (!consentRecord.safeParse(payload).success || date > today) {
      return setError(t('outreach.register.error.consent_date'));
    }
    setSaving(true);
    try {
      if (form?.fix?.seq !== undefined) await resubmit(form.fix.seq, payload);
      else await enqueue(outreachCommands.consent, payload);
      route(`/outreach/people/${person.id}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <FormHead person={person} title={t('outreach.consent.title', { name: fullName(person) })} />
      <form onSubmit={save} noValidate>
        <p class="hint">{t('outreach.consent.explain')}</p>
        <OneOf
          legend={t('outreach.consent.question')}
          name="consent"
          options={['given', 'refused'] as const}
          label={(a) => (a === 'given' ? 'outreach.consent.given' : 'outreach.consent.refused')}
          icon={(a) => (a === 'given' ? '✔' : '✖')}
          chosen={answer}
          onChange={setAnswer}
          error={answer ? undefined : error}
        />
        <Field id="consent-date" label={t('outreach.consent.date')} error={answer ? error : undefined}>
          <input
            id="consent-date"
            type="date"
            value={date}
            max={today}
            onInput={(e) => setDate((e.target as HTMLInputElement).value)}
          />
        </Field>
        <FormActions
          saving={saving}
          cancelHref={`/outreach/people/${person.id}`}
          save={t('outreach.consent.save')}
        />
      </form>
    </>
  );
}

import { counsellingMessages, hesitancyOutcomes, hesitancyReasons, newId } from '@groundwork/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { focusFirstInvalid } from '../../field/form-field.tsx';
import { localToday } from '../../field/groups/schedule.ts';
import { t } from '../../i18n/i18n.ts';
import { enqueue, resubmit } from '../../sync/outbox.ts';
import { outreachCommands } from '../commands.ts';
import { Chips, describedBy, Field, type FieldErrors, FormActions, OneOf } from '../form-parts.tsx';
import { FormHead, HealthGate } from '../gate.tsx';
import type { OutreachPerson } from '../people.ts';
import { refusalText } from '../rules.ts';
import { type PersonForm, usePersonForm } from '../use-person.ts';
import {
  emptyVisit,
  type HesitancyField,
  type HesitancyValues,
  valuesOfVisit,
  visitPayload,
} from './hesitancy-form.ts';
import { messageIcon, messageLabel, outcomeIcon, outcomeLabel, reasonIcon, reasonLabel } from './words.ts';

interface Props {
  params: { id: string };
  query: { vaccine?: string; fix?: string };
}

/** Records a door-to-door visit to someone who hesitates: her reasons, the counselling, what she said. */
export function HesitancyScreen({ params, query }: Props) {
  const form = usePersonForm(params.id, query.fix);
  return (
    <HealthGate form={form}>
      {(person, loaded) => <VisitForm person={person} form={loaded} vaccine={query.vaccine} />}
    </HealthGate>
  );
}

function VisitForm({
  person,
  form,
  vaccine,
}: {
  person: OutreachPerson;
  form: PersonForm;
  vaccine?: string;
}) {
  const today = localToday();
  const { data, records, fix } = form;
  const [values, setValues] = useState<HesitancyValues>(() => {
    if (fix) return valuesOfVisit(fix.payload, today);
    const only = data.vaccines.length === 1 ? data.vaccines[0]!.id : '';
    return emptyVisit(today, data.vaccines.some((v) => v.id === vaccine) ? vaccine : only);
  });
  const [errors, setErrors] = useState<FieldErrors<HesitancyField>>({});
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const { route } = useLocation();
  useEffect(() => {
    if (Object.keys(errors).length > 0) focusFirstInvalid(ref.current);
  }, [errors]);
  const set = (field: HesitancyField) => (event: Event) =>
    setValues({ ...values, [field]: (event.target as HTMLInputElement).value });

  async function save(event: Event) {
    event.preventDefault();
    const id = typeof fix?.payload.id === 'string' ? fix.payload.id : newId();
    const checked = visitPayload(values, {
      id,
      personId: person.id,
      today,
      maxRefusals: data.maxRefusals,
      visits: records.hesitancyVisits,
      doses: records.doses,
    });
    if (!checked.ok) {
      const shown: FieldErrors<HesitancyField> = Object.fromEntries(
        Object.entries(checked.errors).map(([field, key]) => [field, t(key)]),
      );
      if (checked.rule) {
        const refusal = await refusalText(checked.rule);
        shown[(refusal.field && refusal.field in values ? refusal.field : 'outcome') as HesitancyField] =
          refusal.message;
      }
      return setErrors(shown);
    }
    setSaving(true);
    try {
      if (fix?.seq !== undefined) await resubmit(fix.seq, checked.payload);
      else await enqueue(outreachCommands.hesitancyVisit, checked.payload);
      route(`/outreach/people/${person.id}`);
    } finally {
      setSaving(false);
    }
  }

  const control = (field: HesitancyField) => ({
    id: `visit-${field}`,
    name: field,
    value: values[field] as string,
    'aria-invalid': errors[field] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(`visit-${field}`, undefined, errors[field]),
  });

  return (
    <>
      <FormHead person={person} title={t('outreach.hesitancy.title')} />
      {fix && <p class="error">{t('outreach.form.fixing', { reason: fix.error?.detail ?? '' })}</p>}
      <form ref={ref} onSubmit={save} noValidate>
        <Field id="visit-vaccineId" label={t('outreach.hesitancy.vaccine')} error={errors.vaccineId}>
          <select {...control('vaccineId')} onChange={set('vaccineId')}>
            <option value="">{t('outreach.form.choose')}</option>
            {data.vaccines.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="visit-visitedOn" label={t('outreach.hesitancy.visited_on')} error={errors.visitedOn}>
          <input {...control('visitedOn')} type="date" max={today} onInput={set('visitedOn')} />
        </Field>
        <Chips
          legend={t('outreach.hesitancy.reasons')}
          name="reasons"
          options={hesitancyReasons}
          label={(r) => reasonLabel[r]}
          icon={(r) => reasonIcon[r]}
          chosen={values.reasons}
          onChange={(reasons) => setValues({ ...values, reasons })}
        />
        {values.reasons.includes('other') && (
          <Field
            id="visit-otherReason"
            label={t('outreach.hesitancy.other_reason')}
            error={errors.otherReason}
          >
            <input {...control('otherReason')} onInput={set('otherReason')} />
          </Field>
        )}
        <Chips
          legend={t('outreach.hesitancy.counselling')}
          name="messages"
          options={counsellingMessages}
          label={(m) => messageLabel[m]}
          icon={(m) => messageIcon[m]}
          chosen={values.messages}
          onChange={(messages) => setValues({ ...values, messages })}
        />
        <Field id="visit-notes" label={t('outreach.hesitancy.notes')} error={errors.notes}>
          <textarea {...control('notes')} rows={3} onInput={set('notes')} />
        </Field>
        <OneOf
          legend={t('outreach.hesitancy.outcome')}
          name="outcome"
          options={hesitancyOutcomes}
          label={(o) => outcomeLabel[o]}
          icon={(o) => outcomeIcon[o]}
          chosen={values.outcome}
          onChange={(outcome) => setValues({ ...values, outcome })}
          error={errors.outcome}
        />
        <Field
          id="visit-nextVisitOn"
          label={t('outreach.hesitancy.next_visit')}
          hint={t('outreach.hesitancy.next_visit_hint')}
          error={errors.nextVisitOn}
        >
          <input
            {...control('nextVisitOn')}
            type="date"
            min={values.visitedOn}
            onInput={set('nextVisitOn')}
          />
        </Field>
        {Object.keys(errors).length > 0 && (
          <p role="alert" class="error">
            {t('outreach.form.check_fields')}
          </p>
        )}
        <FormActions
          saving={saving}
          cancelHref={`/outreach/people/${person.id}`}
          save={t('outreach.hesitancy.save')}
        />
      </form>
    </>
  );
}

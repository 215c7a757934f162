import { newId } from '@groundwork/core';
import { localToday } from '../../field/groups/schedule.ts';
import { t } from '../../i18n/i18n.ts';
import { outreachCommands } from '../commands.ts';
import { Field, FormActions } from '../form-parts.tsx';
import { FormHead, HealthGate } from '../gate.tsx';
import type { OutreachPerson } from '../people.ts';
import { type PersonForm, usePersonForm } from '../use-person.ts';
import { useRecordForm } from '../use-record-form.ts';
import { postnatalPayload } from './pregnancy-form.ts';

/** Records a postnatal visit after her delivery. */
export function PostnatalScreen({
  params,
  query,
}: {
  params: { id: string };
  query: { pregnancy?: string };
}) {
  const form = usePersonForm(params.id, undefined);
  return (
    <HealthGate form={form}>
      {(person, loaded) => <PostnatalForm person={person} form={loaded} pregnancyId={query.pregnancy} />}
    </HealthGate>
  );
}

function PostnatalForm({
  person,
  form,
  pregnancyId,
}: {
  person: OutreachPerson;
  form: PersonForm;
  pregnancyId?: string;
}) {
  const today = localToday();
  const delivered = form.records.pregnancies.filter((p) => p.delivery !== null);
  const pregnancy = delivered.find((p) => p.id === pregnancyId) ?? delivered.at(-1);
  const f = useRecordForm({ visitedOn: today, notes: '' }, { personId: person.id, prefix: 'postnatal' });
  if (!pregnancy) {
    return (
      <>
        <FormHead person={person} title={t('outreach.postnatal.title')} />
        <p class="card warning">{t('outreach.postnatal.no_delivery')}</p>
      </>
    );
  }
  const save = (event: Event) => {
    event.preventDefault();
    void f.submit(
      outreachCommands.postnatalVisit,
      postnatalPayload(f.values, { id: newId(), pregnancy, today }),
      'visitedOn',
    );
  };
  return (
    <>
      <FormHead person={person} title={t('outreach.postnatal.title')} />
      <form ref={f.ref} onSubmit={save} noValidate>
        <Field id="postnatal-visitedOn" label={t('outreach.postnatal.visited_on')} error={f.errors.visitedOn}>
          <input {...f.control('visitedOn')} type="date" max={today} onInput={f.set('visitedOn')} />
        </Field>
        <Field id="postnatal-notes" label={t('outreach.postnatal.notes')} error={f.errors.notes}>
          <textarea {...f.control('notes')} rows={3} onInput={f.set('notes')} />
        </Field>
        <FormActions
          saving={f.saving}
          cancelHref={`/outreach/people/${person.id}`}
          save={t('outreach.postnatal.save')}
        />
      </form>
    </>
  );
}

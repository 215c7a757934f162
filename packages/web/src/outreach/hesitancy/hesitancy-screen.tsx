import { counsellingMessages, hesitancyOutcomes, hesitancyReasons, newId } from '@groundwork/core';
import { localToday } from '../../field/groups/schedule.ts';
import { t } from '../../i18n/i18n.ts';
import { outreachCommands } from '../commands.ts';
import { Chips, Field, Fixing, FormActions, OneOf } from '../form-parts.tsx';
import { FormHead, HealthGate } from '../gate.tsx';
import type { OutreachPerson } from '../people.ts';
import { type PersonForm, usePersonForm } from '../use-person.ts';
import { recordId, useRecordForm } from '../use-record-form.ts';
import { emptyVisit, type HesitancyValues, valuesOfVisit, visitPayload } from './hesitancy-form.ts';
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
  const f = useRecordForm<HesitancyValues>(
    () => {
      if (fix) return valuesOfVisit(fix.payload, today);
      const only = data.vaccines.length === 1 ? data.vaccines[0]!.id : '';
      return emptyVisit(today, data.vaccines.some((v) => v.id === vaccine) ? vaccine : only);
    },
    { personId: person.id, prefix: 'visit', fix },
  );
  const { values, setValues, errors, set, control } = f;

  const save = (event: Event) => {
    event.preventDefault();
    const checked = visitPayload(values, {
      id: recordId(fix, newId),
      personId: person.id,
      today,
      maxRefusals: data.maxRefusals,
      visits: records.hesitancyVisits,
      doses: records.doses,
    });
    void f.submit(outreachCommands.hesitancyVisit, checked, 'outcome');
  };

  return (
    <>
      <FormHead person={person} title={t('outreach.hesitancy.title')} />
      <Fixing fix={fix} />
      <form ref={f.ref} onSubmit={save} noValidate>
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
        <FormActions
          saving={f.saving}
          invalid={Object.keys(errors).length > 0}
          cancelHref={`/outreach/people/${person.id}`}
          save={t('outreach.hesitancy.save')}
        />
      </form>
    </>
  );
}

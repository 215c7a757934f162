import { deliveryOutcomes, deliveryPlaces } from '@groundwork/core';
import { localToday } from '../../field/groups/schedule.ts';
import { t, type WebKey } from '../../i18n/i18n.ts';
import { outreachCommands } from '../commands.ts';
import { Field, FormActions, OneOf } from '../form-parts.tsx';
import { FormHead, HealthGate } from '../gate.tsx';
import type { OutreachPerson } from '../people.ts';
import { currentPregnancy } from '../pregnancy-records.ts';
import { type PersonForm, usePersonForm } from '../use-person.ts';
import { useRecordForm } from '../use-record-form.ts';
import { type DeliveryValues, deliveryPayload } from './pregnancy-form.ts';

const placeLabel: Record<(typeof deliveryPlaces)[number], WebKey> = {
  health_facility: 'outreach.delivery.place.health_facility',
  home: 'outreach.delivery.place.home',
  other: 'outreach.delivery.place.other',
};
const placeIcon = { health_facility: '🏥', home: '🏠', other: '📍' } as const;
const outcomeLabel: Record<(typeof deliveryOutcomes)[number], WebKey> = {
  live_birth: 'outreach.delivery.outcome.live_birth',
  stillbirth: 'outreach.delivery.outcome.stillbirth',
  live_and_stillbirth: 'outreach.delivery.outcome.live_and_stillbirth',
  maternal_death: 'outreach.delivery.outcome.maternal_death',
  other: 'outreach.delivery.outcome.other',
};

/** Records how her pregnancy ended: the day, the place (and facility), the outcome. */
export function DeliveryScreen({ params }: { params: { id: string } }) {
  const form = usePersonForm(params.id, undefined);
  return (
    <HealthGate form={form}>{(person, loaded) => <DeliveryForm person={person} form={loaded} />}</HealthGate>
  );
}

function DeliveryForm({ person, form }: { person: OutreachPerson; form: PersonForm }) {
  const today = localToday();
  const pregnancy = currentPregnancy(form.records.pregnancies);
  const initial: DeliveryValues = { deliveredOn: today, place: '', facilityName: '', outcome: '' };
  const f = useRecordForm<DeliveryValues>(initial, { personId: person.id, prefix: 'delivery' });
  if (!pregnancy) {
    return (
      <>
        <FormHead person={person} title={t('outreach.pregnancy.record_delivery')} />
        <p class="card warning">{t('outreach.delivery.no_pregnancy')}</p>
      </>
    );
  }
  const { values } = f;
  const save = (event: Event) => {
    event.preventDefault();
    void f.submit(outreachCommands.delivery, deliveryPayload(values, { pregnancy, today }), 'deliveredOn');
  };
  return (
    <>
      <FormHead person={person} title={t('outreach.pregnancy.record_delivery')} />
      <form ref={f.ref} onSubmit={save} noValidate>
        <Field
          id="delivery-deliveredOn"
          label={t('outreach.delivery.delivered_on')}
          error={f.errors.deliveredOn}
        >
          <input
            {...f.control('deliveredOn')}
            type="date"
            min={pregnancy.registeredOn}
            max={today}
            onInput={f.set('deliveredOn')}
          />
        </Field>
        <OneOf
          legend={t('outreach.delivery.place')}
          name="place"
          options={deliveryPlaces}
          label={(p) => placeLabel[p]}
          icon={(p) => placeIcon[p]}
          chosen={values.place}
          onChange={(place) => f.setValues({ ...f.values, place })}
          error={f.errors.place}
        />
        {values.place === 'health_facility' && (
          <Field
            id="delivery-facilityName"
            label={t('outreach.delivery.facility')}
            error={f.errors.facilityName}
          >
            <input {...f.control('facilityName')} onInput={f.set('facilityName')} />
          </Field>
        )}
        <OneOf
          legend={t('outreach.delivery.outcome')}
          name="outcome"
          options={deliveryOutcomes}
          label={(o) => outcomeLabel[o]}
          chosen={values.outcome}
          onChange={(outcome) => f.setValues({ ...f.values, outcome })}
          error={f.errors.outcome}
        />
        <FormActions
          saving={f.saving}
          cancelHref={`/outreach/people/${person.id}`}
          save={t('outreach.delivery.save')}
        />
      </form>
    </>
  );
}

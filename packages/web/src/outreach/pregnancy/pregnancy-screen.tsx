import { newId } from '@groundwork/core';
import { localToday } from '../../field/groups/schedule.ts';
import { t } from '../../i18n/i18n.ts';
import { outreachCommands } from '../commands.ts';
import { Field, FormActions } from '../form-parts.tsx';
import { FormHead, HealthGate } from '../gate.tsx';
import type { OutreachPerson } from '../people.ts';
import { currentPregnancy } from '../pregnancy-records.ts';
import { type PersonForm, usePersonForm } from '../use-person.ts';
import { useRecordForm } from '../use-record-form.ts';
import { type RegisterPregnancyField, registerPayload } from './pregnancy-form.ts';

/** Registers her pregnancy, with the day she is expected to deliver; it starts her monthly home visits. */
export function PregnancyScreen({ params }: { params: { id: string } }) {
  const form = usePersonForm(params.id, undefined);
  return (
    <HealthGate form={form}>{(person, loaded) => <RegisterForm person={person} form={loaded} />}</HealthGate>
  );
}

function RegisterForm({ person, form }: { person: OutreachPerson; form: PersonForm }) {
  const today = localToday();
  const f = useRecordForm(
    { registeredOn: today, expectedDeliveryOn: '', lastMenstrualPeriodOn: '' },
    { personId: person.id, prefix: 'pregnancy' },
  );
  const save = (event: Event) => {
    event.preventDefault();
    const checked = registerPayload(f.values, {
      id: newId(),
      planId: newId(),
      personId: person.id,
      sex: person.sex,
      today,
      current: currentPregnancy(form.records.pregnancies),
    });
    void f.submit(outreachCommands.pregnancyRegister, checked, 'registeredOn');
  };
  const control = (field: RegisterPregnancyField) => ({
    ...f.control(field),
    type: 'date' as const,
    onInput: f.set(field),
  });
  return (
    <>
      <FormHead person={person} title={t('outreach.pregnancy.register')} />
      <form ref={f.ref} onSubmit={save} noValidate>
        <Field
          id="pregnancy-registeredOn"
          label={t('outreach.pregnancy.registered_on')}
          error={f.errors.registeredOn}
        >
          <input {...control('registeredOn')} max={today} />
        </Field>
        <Field
          id="pregnancy-expectedDeliveryOn"
          label={t('outreach.pregnancy.expected')}
          error={f.errors.expectedDeliveryOn}
        >
          <input {...control('expectedDeliveryOn')} min={f.values.registeredOn} />
        </Field>
        <Field
          id="pregnancy-lastMenstrualPeriodOn"
          label={t('outreach.pregnancy.lmp')}
          error={f.errors.lastMenstrualPeriodOn}
        >
          <input {...control('lastMenstrualPeriodOn')} max={f.values.registeredOn} />
        </Field>
        <FormActions
          saving={f.saving}
          cancelHref={`/outreach/people/${person.id}`}
          save={t('outreach.pregnancy.save')}
        />
      </form>
    </>
  );
}

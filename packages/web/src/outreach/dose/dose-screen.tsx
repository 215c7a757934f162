import { newId } from '@groundwork/core';
import { localToday } from '../../field/groups/schedule.ts';
import { formatDate, t } from '../../i18n/i18n.ts';
import { outreachCommands } from '../commands.ts';
import { Field, Fixing, FormActions } from '../form-parts.tsx';
import { FormHead, HealthGate } from '../gate.tsx';
import type { OutreachPerson } from '../people.ts';
import { type PersonForm, usePersonForm } from '../use-person.ts';
import { recordId, useRecordForm } from '../use-record-form.ts';
import {
  type DoseField,
  type DoseValues,
  dosePayload,
  drivesOn,
  initialDose,
  nextDoseNumber,
} from './dose-form.ts';

interface Props {
  params: { id: string };
  query: { vaccine?: string; dose?: string; fix?: string };
}

/** Records a dose given to her: the vaccine, the dose number (the next one), the day, the drive and the lot. */
export function DoseScreen({ params, query }: Props) {
  const form = usePersonForm(params.id, query.fix);
  return (
    <HealthGate form={form}>
      {(person, loaded) => <DoseForm person={person} form={loaded} query={query} />}
    </HealthGate>
  );
}

function valuesOfFix(payload: Record<string, unknown>): DoseValues {
  const text = (key: string) => (payload[key] === undefined ? '' : String(payload[key]));
  return {
    vaccineId: text('vaccineId'),
    doseNumber: text('doseNumber'),
    givenOn: text('givenOn'),
    driveId: text('driveId'),
    site: text('site'),
    lotNumber: text('lotNumber'),
  };
}

function DoseForm({
  person,
  form,
  query,
}: {
  person: OutreachPerson;
  form: PersonForm;
  query: Props['query'];
}) {
  const today = localToday();
  const { data, records, fix } = form;
  const f = useRecordForm<DoseValues>(
    () =>
      fix ? valuesOfFix(fix.payload) : initialDose(data.vaccines, data.drives, records.doses, query, today),
    { personId: person.id, prefix: 'dose', fix },
  );
  const { values, errors, control } = f;

  const running = drivesOn(data.drives, values.givenOn);
  const drive = running.find((d) => d.id === values.driveId);
  const set = (field: DoseField) => (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    const next = { ...values, [field]: value };
    if (field === 'vaccineId') {
      const vaccine = data.vaccines.find((v) => v.id === value);
      next.doseNumber = vaccine ? String(nextDoseNumber(vaccine, records.doses)) : '';
    }
    if (field === 'driveId') next.site = '';
    f.setValues(next);
  };

  const save = (event: Event) => {
    event.preventDefault();
    const checked = dosePayload(values, {
      id: recordId(fix, newId),
      today,
      person,
      vaccines: data.vaccines,
      drives: data.drives,
      doses: records.doses,
    });
    void f.submit(outreachCommands.dose, checked, 'givenOn');
  };

  return (
    <>
      <FormHead person={person} title={t('outreach.dose.title')} />
      <Fixing fix={fix} />
      {data.vaccines.length === 0 && <p class="card warning">{t('outreach.dose.no_vaccines')}</p>}
      <form ref={f.ref} onSubmit={save} noValidate>
        <Field id="dose-vaccineId" label={t('outreach.dose.vaccine')} error={errors.vaccineId}>
          <select {...control('vaccineId')} onChange={set('vaccineId')}>
            <option value="">{t('outreach.form.choose')}</option>
            {data.vaccines.map((v) => (
              <option key={v.id} value={v.id}>
                {t('outreach.dose.vaccine_option', { name: v.name, doses: v.dosesInSeries })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="dose-doseNumber" label={t('outreach.dose.number')} error={errors.doseNumber}>
          <input {...control('doseNumber')} inputMode="numeric" onInput={set('doseNumber')} />
        </Field>
        <Field id="dose-givenOn" label={t('outreach.dose.given_on')} error={errors.givenOn}>
          <input {...control('givenOn')} type="date" max={today} onInput={set('givenOn')} />
        </Field>
        {running.length > 0 && (
          <Field id="dose-driveId" label={t('outreach.dose.drive')} error={errors.driveId}>
            <select {...control('driveId')} onChange={set('driveId')}>
              <option value="">{t('outreach.dose.no_drive')}</option>
              {running.map((d) => (
                <option key={d.id} value={d.id}>
                  {t('outreach.dose.drive_option', {
                    name: d.name,
                    from: formatDate(d.startsOn),
                    to: formatDate(d.endsOn),
                  })}
                </option>
              ))}
            </select>
          </Field>
        )}
        {drive && (
          <Field id="dose-site" label={t('outreach.dose.site')} error={errors.site}>
            <select {...control('site')} onChange={set('site')}>
              <option value="">{t('outreach.form.choose')}</option>
              {drive.sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id="dose-lotNumber" label={t('outreach.dose.lot')} error={errors.lotNumber}>
          <input {...control('lotNumber')} autocomplete="off" onInput={set('lotNumber')} />
        </Field>
        <FormActions
          saving={f.saving}
          invalid={Object.keys(errors).length > 0}
          cancelHref={`/outreach/people/${person.id}`}
          save={t('outreach.dose.save')}
        />
      </form>
    </>
  );
}

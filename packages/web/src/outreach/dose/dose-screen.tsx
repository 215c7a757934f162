import { newId } from '@groundwork/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { focusFirstInvalid } from '../../field/form-field.tsx';
import { localToday } from '../../field/groups/schedule.ts';
import { formatDate, t } from '../../i18n/i18n.ts';
import { enqueue, resubmit } from '../../sync/outbox.ts';
import { outreachCommands } from '../commands.ts';
import { describedBy, Field, type FieldErrors, FormActions } from '../form-parts.tsx';
import { FormHead, HealthGate } from '../gate.tsx';
import type { OutreachPerson } from '../people.ts';
import { refusalText } from '../rules.ts';
import { type PersonForm, usePersonForm } from '../use-person.ts';
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
  const [values, setValues] = useState<DoseValues>(() =>
    fix ? valuesOfFix(fix.payload) : initialDose(data.vaccines, data.drives, records.doses, query, today),
  );
  const [errors, setErrors] = useState<FieldErrors<DoseField>>({});
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const { route } = useLocation();
  useEffect(() => {
    if (Object.keys(errors).length > 0) focusFirstInvalid(ref.current);
  }, [errors]);

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
    setValues(next);
  };

  async function save(event: Event) {
    event.preventDefault();
    const id = typeof fix?.payload.id === 'string' ? fix.payload.id : newId();
    const checked = dosePayload(values, {
      id,
      today,
      person,
      vaccines: data.vaccines,
      drives: data.drives,
      doses: records.doses,
    });
    if (!checked.ok) {
      const shown: FieldErrors<DoseField> = Object.fromEntries(
        Object.entries(checked.errors).map(([field, key]) => [field, t(key)]),
      );
      if (checked.rule) {
        const refusal = await refusalText(checked.rule);
        const field = (refusal.field && refusal.field in values ? refusal.field : 'givenOn') as DoseField;
        shown[field] = refusal.message;
      }
      return setErrors(shown);
    }
    setSaving(true);
    try {
      if (fix?.seq !== undefined) await resubmit(fix.seq, checked.payload);
      else await enqueue(outreachCommands.dose, checked.payload);
      route(`/outreach/people/${person.id}`);
    } finally {
      setSaving(false);
    }
  }

  const control = (field: DoseField) => ({
    id: `dose-${field}`,
    name: field,
    value: values[field],
    'aria-invalid': errors[field] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(`dose-${field}`, undefined, errors[field]),
  });

  return (
    <>
      <FormHead person={person} title={t('outreach.dose.title')} />
      {fix && <p class="error">{t('outreach.form.fixing', { reason: fix.error?.detail ?? '' })}</p>}
      {data.vaccines.length === 0 && <p class="card warning">{t('outreach.dose.no_vaccines')}</p>}
      <form ref={ref} onSubmit={save} noValidate>
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
        {Object.keys(errors).length > 0 && (
          <p role="alert" class="error">
            {t('outreach.form.check_fields')}
          </p>
        )}
        <FormActions
          saving={saving}
          cancelHref={`/outreach/people/${person.id}`}
          save={t('outreach.dose.save')}
        />
      </form>
    </>
  );
}

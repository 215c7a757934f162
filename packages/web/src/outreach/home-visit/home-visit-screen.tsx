import { adviceCodes, dangerSigns, newId } from '@groundwork/core';
import { localToday } from '../../field/groups/schedule.ts';
import { formatDate, t } from '../../i18n/i18n.ts';
import { outreachCommands } from '../commands.ts';
import { Chips, Field, FormActions, OneOf } from '../form-parts.tsx';
import { FormHead, HealthGate } from '../gate.tsx';
import type { OutreachPerson } from '../people.ts';
import { type PersonForm, usePersonForm } from '../use-person.ts';
import { useRecordForm } from '../use-record-form.ts';
import {
  emptyHomeVisit,
  type HomeVisitField,
  type HomeVisitValues,
  homeVisitPayload,
  severeMuac,
} from './home-visit-form.ts';
import { adviceLabel, dangerIcon, dangerLabel } from './words.ts';

interface Props {
  params: { id: string };
  query: { plan?: string };
}

/** The form's field for a rule the server words with its payload's path. */
const ruleField = (field?: string): HomeVisitField =>
  field === 'observations.weightGrams'
    ? 'weightKg'
    : field === 'observations.muacMm'
      ? 'muacMm'
      : 'visitedOn';

/** Records a community health worker's home visit: what she measured and saw, her advice, any referral. */
export function HomeVisitScreen({ params, query }: Props) {
  const form = usePersonForm(params.id, undefined);
  return (
    <HealthGate form={form}>
      {(person, loaded) => <VisitForm person={person} form={loaded} plan={query.plan} />}
    </HealthGate>
  );
}

function VisitForm({ person, form, plan }: { person: OutreachPerson; form: PersonForm; plan?: string }) {
  const today = localToday();
  const plans = form.records.plans.filter((p) => p.endedOn === null);
  const f = useRecordForm<HomeVisitValues>(
    () =>
      emptyHomeVisit(today, plans.find((p) => p.id === plan)?.id ?? (plans.length === 1 ? plans[0]!.id : '')),
    { personId: person.id, prefix: 'home' },
  );
  const { values, setValues, errors, set, control } = f;

  const save = (event: Event) => {
    event.preventDefault();
    const checked = homeVisitPayload(values, { id: newId(), personId: person.id, today, plans });
    void f.submit(outreachCommands.homeVisit, checked, ruleField);
  };

  const severe = severeMuac(values.muacMm);

  return (
    <>
      <FormHead person={person} title={t('outreach.home.title')} />
      <form ref={f.ref} onSubmit={save} noValidate>
        {plans.length > 0 && (
          <Field id="home-planId" label={t('outreach.home.plan')}>
            <select {...control('planId')} onChange={set('planId')}>
              <option value="">{t('outreach.home.no_plan')}</option>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(p.kind === 'pregnancy' ? 'outreach.plan.pregnancy' : 'outreach.plan.child', {
                    date: formatDate(p.startsOn),
                  })}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id="home-visitedOn" label={t('outreach.home.visited_on')} error={errors.visitedOn}>
          <input {...control('visitedOn')} type="date" max={today} onInput={set('visitedOn')} />
        </Field>
        <Field
          id="home-weightKg"
          label={t('outreach.home.weight')}
          hint={t('outreach.home.weight_hint')}
          error={errors.weightKg}
        >
          <input
            {...control('weightKg', t('outreach.home.weight_hint'))}
            inputMode="decimal"
            onInput={set('weightKg')}
          />
        </Field>
        <Field
          id="home-muacMm"
          label={t('outreach.home.muac')}
          hint={t('outreach.home.muac_hint')}
          error={errors.muacMm}
        >
          <input
            {...control('muacMm', t('outreach.home.muac_hint'))}
            inputMode="numeric"
            onInput={set('muacMm')}
          />
        </Field>
        {severe && (
          <p class="card danger-sign" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('outreach.home.sam_warning')}
          </p>
        )}
        <OneOf
          legend={t('outreach.home.oedema')}
          name="oedema"
          options={['yes', 'no'] as const}
          label={(o) => (o === 'yes' ? 'outreach.home.oedema_yes' : 'outreach.home.oedema_no')}
          chosen={values.oedema}
          onChange={(oedema) => setValues({ ...values, oedema })}
        />
        <Chips
          legend={t('outreach.home.danger_signs')}
          name="dangerSigns"
          options={dangerSigns}
          label={(d) => dangerLabel[d]}
          icon={(d) => dangerIcon[d]}
          chosen={values.dangerSigns}
          onChange={(next) => setValues({ ...values, dangerSigns: next })}
        />
        <Chips
          legend={t('outreach.home.advice')}
          name="advice"
          options={adviceCodes}
          label={(a) => adviceLabel[a]}
          chosen={values.advice}
          onChange={(advice) => setValues({ ...values, advice })}
        />
        <Field id="home-referralTo" label={t('outreach.home.referral_to')} error={errors.referralTo}>
          <input {...control('referralTo')} onInput={set('referralTo')} />
        </Field>
        <Field
          id="home-referralReason"
          label={t('outreach.home.referral_reason')}
          error={errors.referralReason}
        >
          <input {...control('referralReason')} onInput={set('referralReason')} />
        </Field>
        <Field id="home-notes" label={t('outreach.home.notes')} error={errors.notes}>
          <textarea {...control('notes')} rows={3} onInput={set('notes')} />
        </Field>
        <FormActions
          saving={f.saving}
          invalid={Object.keys(errors).length > 0}
          cancelHref={`/outreach/people/${person.id}`}
          save={t('outreach.home.save')}
        />
      </form>
    </>
  );
}

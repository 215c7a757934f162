import { newId, sexes } from '@groundwork/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { fullName } from '../../field/format.ts';
import { localToday } from '../../field/groups/schedule.ts';
import { labelOf, sexLabels } from '../../field/labels.ts';
import { useLocal } from '../../field/use-local.ts';
import { t, type WebKey } from '../../i18n/i18n.ts';
import { outboxItem } from '../../local/queries.ts';
import { enqueue, resubmit } from '../../sync/outbox.ts';
import { describedBy, FormField, focusFirstInvalid } from '../../ui/form-field.tsx';
import { outreachCommands } from '../commands.ts';
import { Fixing, FormActions } from '../form-parts.tsx';
import { loadOutreach } from '../local-data.ts';
import type { OutreachPerson } from '../people.ts';
import {
  emptyRegistration,
  type RegisterErrors,
  type RegisterField,
  type RegisterValues,
  registrationPayload,
  valuesOfRegistration,
} from './register-form.ts';

const consentChoices: [RegisterValues['consent'], WebKey, string][] = [
  ['given', 'outreach.consent.given', '✔'],
  ['refused', 'outreach.consent.refused', '✖'],
];

interface Props {
  query: { name?: string; fix?: string };
}

/** Registers a person met at her door: her consent first, then who she is and where she lives. */
export function RegisterScreen({ query }: Props) {
  const today = localToday();
  const fixSeq = query.fix ? Number(query.fix) : undefined;
  const loaded = useLocal(async () => {
    const [data, fix] = await Promise.all([
      loadOutreach(),
      fixSeq === undefined ? undefined : outboxItem(fixSeq),
    ]);
    return { data, fix: fix?.status === 'rejected' ? fix : undefined };
  }, [fixSeq]);
  const [values, setValues] = useState<RegisterValues | undefined>(undefined);
  const [errors, setErrors] = useState<RegisterErrors>({});
  const [duplicates, setDuplicates] = useState<OutreachPerson[]>([]);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const { route } = useLocation();

  useEffect(() => {
    if (!loaded || values) return;
    const onlyArea = loaded.data.areas.length === 1 ? loaded.data.areas[0]!.id : '';
    const start = loaded.fix
      ? valuesOfRegistration(loaded.fix.payload, today)
      : { ...emptyRegistration(today, onlyArea), givenName: query.name ?? '' };
    setValues(start);
  }, [loaded, values, today, query.name]);

  useEffect(() => {
    if (Object.keys(errors).length > 0) focusFirstInvalid(form.current);
  }, [errors]);

  if (!loaded || !values) return <p>{t('app.loading')}</p>;
  const { data, fix } = loaded;
  const set = (field: RegisterField) => (event: Event) =>
    setValues({ ...values, [field]: (event.target as HTMLInputElement).value });

  async function save(event: Event) {
    event.preventDefault();
    if (!values) return;
    const id = typeof fix?.payload.id === 'string' ? fix.payload.id : newId();
    const checked = registrationPayload(values, { id, today, known: data.people });
    if (!checked.ok) {
      setDuplicates(checked.duplicates);
      return setErrors(checked.errors);
    }
    setSaving(true);
    try {
      if (fix?.seq !== undefined) await resubmit(fix.seq, checked.payload);
      else await enqueue(outreachCommands.personCreate, checked.payload);
      route(`/outreach/people/${id}`);
    } finally {
      setSaving(false);
    }
  }

  const input = (name: RegisterField, label: WebKey, attributes: Record<string, unknown>, hint?: WebKey) => {
    const hintText = hint ? t(hint) : undefined;
    const id = `register-${name}`;
    return (
      <FormField id={id} label={t(label)} hint={hintText} error={errors[name]}>
        <input
          id={id}
          name={name}
          value={values[name] as string}
          onInput={set(name)}
          aria-invalid={errors[name] ? 'true' : undefined}
          aria-describedby={describedBy(id, hintText, errors[name])}
          {...attributes}
        />
      </FormField>
    );
  };

  return (
    <>
      <p>
        <a href="/outreach/people">← {t('outreach.find.title')}</a>
      </p>
      <h1>{t('outreach.register.title')}</h1>
      <Fixing fix={fix} />
      <form ref={form} onSubmit={save} noValidate>
        <fieldset class={errors.consent ? 'choices invalid' : 'choices'} aria-describedby="consent-explain">
          <legend>{t('outreach.consent.question')}</legend>
          <p id="consent-explain" class="hint">
            {t('outreach.consent.explain')}
          </p>
          {consentChoices.map(([choice, label, icon]) => (
            <label key={choice} class="choice">
              <input
                type="radio"
                name="consent"
                value={choice}
                checked={values.consent === choice}
                aria-invalid={errors.consent ? 'true' : undefined}
                onChange={() => setValues({ ...values, consent: choice })}
              />
              <span aria-hidden="true">{icon}</span> {t(label)}
            </label>
          ))}
          {errors.consent && <p class="field-error">{t(errors.consent)}</p>}
        </fieldset>
        {values.consent && (
          <>
            {input('consentDate', 'outreach.consent.date', { type: 'date', max: today, required: true })}
            {values.consent === 'refused' && (
              <p class="card warning" role="note">
                <span aria-hidden="true">⚠ </span>
                {t('outreach.consent.refused_note')}
              </p>
            )}
            {input('givenName', 'outreach.person.given_name', { autocomplete: 'off', required: true })}
            {input('familyName', 'outreach.person.family_name', { autocomplete: 'off' })}
            <FormField id="register-sex" label={t('outreach.person.sex')} error={errors.sex}>
              <select id="register-sex" name="sex" value={values.sex} onChange={set('sex')}>
                {sexes.map((sex) => {
                  const key = labelOf(sexLabels, sex);
                  return (
                    <option key={sex} value={sex}>
                      {key ? t(key) : sex}
                    </option>
                  );
                })}
              </select>
            </FormField>
            {input('birthDate', 'outreach.person.birth_date', { type: 'date', max: today })}
            {input(
              'birthYear',
              'outreach.person.birth_year',
              { inputMode: 'numeric', maxLength: 4 },
              'outreach.person.birth_year_hint',
            )}
            {input('phone', 'outreach.person.phone', { type: 'tel', autocomplete: 'off' })}
            <FormField id="register-areaId" label={t('outreach.person.area')} error={errors.areaId}>
              <select
                id="register-areaId"
                name="areaId"
                value={values.areaId}
                onChange={set('areaId')}
                aria-invalid={errors.areaId ? 'true' : undefined}
                aria-describedby={describedBy('register-areaId', undefined, errors.areaId)}
              >
                <option value="">{t('outreach.person.area_choose')}</option>
                {data.areas.map((area) => (
                  <option key={area.id} value={area.id}>
                    {area.name}
                  </option>
                ))}
              </select>
            </FormField>
            {duplicates.length > 0 && (
              <div class="card warning" role="alert">
                <p>{t('outreach.register.duplicates', { count: duplicates.length })}</p>
                <ul class="list">
                  {duplicates.map((p) => (
                    <li key={p.id}>
                      <a href={`/outreach/people/${p.id}`}>{fullName(p)}</a>
                    </li>
                  ))}
                </ul>
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={values.notDuplicate}
                    onChange={(e) =>
                      setValues({ ...values, notDuplicate: (e.target as HTMLInputElement).checked })
                    }
                  />{' '}
                  {t('outreach.register.not_duplicate')}
                </label>
              </div>
            )}
          </>
        )}
        <FormActions
          saving={saving}
          cancelHref="/outreach/people"
          save={t('outreach.register.save')}
          invalid={Object.keys(errors).length > 0}
        />
      </form>
    </>
  );
}

import { newId, sexes } from '@groundwork/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t, type WebKey } from '../../i18n/i18n.ts';
import { groupById, type LocalPerson, outboxItem, personById } from '../../local/queries.ts';
import { discard, enqueue, resubmit } from '../../sync/outbox.ts';
import { describedBy, FormField, focusFirstInvalid } from '../../ui/form-field.tsx';
import { fullName } from '../format.ts';
import { localToday } from '../groups/schedule.ts';
import { labelOf, sexLabels } from '../labels.ts';
import { useLocal } from '../use-local.ts';
import {
  createPayload,
  emptyMember,
  type MemberErrors,
  type MemberField,
  type MemberValues,
  updatePayloads,
  valuesOfCreate,
  valuesOfPerson,
  valuesOfUpdate,
} from './member-form.ts';

interface Props {
  params: { id?: string; groupId?: string; personId?: string };
  query: { fix?: string };
}

interface Loaded {
  groupName: string;
  person: LocalPerson | undefined;
  /** The refused command being corrected, when the form was opened to fix one. */
  fix: { seq: number; payload: Record<string, unknown> } | undefined;
}

async function load(
  groupId: string,
  personId: string | undefined,
  fixSeq: number | undefined,
): Promise<Loaded> {
  const [group, person, item] = await Promise.all([
    groupById(groupId),
    personId ? personById(personId) : undefined,
    fixSeq === undefined ? undefined : outboxItem(fixSeq),
  ]);
  const fix =
    item?.status === 'rejected' && item.seq !== undefined
      ? { seq: item.seq, payload: item.payload }
      : undefined;
  return { groupName: group?.name ?? '', person, fix };
}

function initialValues(loaded: Loaded, today: string): MemberValues {
  if (loaded.person)
    return loaded.fix ? valuesOfUpdate(loaded.person, loaded.fix.payload) : valuesOfPerson(loaded.person);
  return loaded.fix ? valuesOfCreate(loaded.fix.payload) : { ...emptyMember, joinedOn: today };
}

const consentChoices: [MemberValues['consent'], WebKey][] = [
  ['given', 'field.member.consent_given'],
  ['refused', 'field.member.consent_refused'],
  ['', 'field.member.consent_not_asked'],
];

/** Adds a member to the group, or corrects one; the change goes to the outbox and works offline. */
export function MemberFormScreen({ params, query }: Props) {
  const groupId = (params.id ?? params.groupId)!;
  const personId = params.personId;
  const fixSeq = query.fix ? Number(query.fix) : undefined;
  const today = localToday();
  const loaded = useLocal(() => load(groupId, personId, fixSeq), [groupId, personId, fixSeq]);
  const [values, setValues] = useState<MemberValues | undefined>(undefined);
  const [errors, setErrors] = useState<MemberErrors>({});
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const { route } = useLocation();

  useEffect(() => {
    if (loaded && !values) setValues(initialValues(loaded, today));
  }, [loaded, values, today]);

  useEffect(() => {
    if (Object.keys(errors).length > 0) focusFirstInvalid(form.current);
  }, [errors]);

  if (!loaded || !values) return <p>{t('app.loading')}</p>;
  if (personId && !loaded.person) return <p>{t('field.member.not_here')}</p>;
  const editing = loaded.person;

  const set = (field: MemberField) => (event: Event) =>
    setValues({ ...values, [field]: (event.target as HTMLInputElement).value });

  async function save(event: Event) {
    event.preventDefault();
    if (!values) return;
    setSaving(true);
    try {
      if (editing) await saveEdit(values, editing);
      else await saveNew(values);
    } finally {
      setSaving(false);
    }
  }

  async function saveNew(current: MemberValues) {
    const fixed = loaded?.fix?.payload;
    const membership = fixed?.membership as { id?: string } | undefined;
    const checked = createPayload(current, {
      personId: typeof fixed?.id === 'string' ? fixed.id : newId(),
      membershipId: membership?.id ?? newId(),
      groupId,
      today,
    });
    if (!checked.ok) return setErrors(checked.errors);
    if (loaded?.fix) await resubmit(loaded.fix.seq, checked.payload);
    else await enqueue('person.create', checked.payload, groupId);
    route(`/groups/${groupId}`);
  }

  async function saveEdit(current: MemberValues, person: LocalPerson) {
    const checked = updatePayloads(current, person, today);
    if (!checked.ok) return setErrors(checked.errors);
    const { update, consent } = checked.payload;
    if (loaded?.fix) {
      if (update) await resubmit(loaded.fix.seq, update);
      else await discard(loaded.fix.seq);
    } else if (update) {
      await enqueue('person.update', update, groupId);
    }
    if (consent) await enqueue('person.consent.record', consent, groupId);
    route(`/groups/${groupId}/members/${person.id}`);
  }

  const field = (name: MemberField, label: WebKey, input: Record<string, unknown>, hint?: WebKey) => {
    const hintText = hint ? t(hint) : undefined;
    return (
      <FormField id={`member-${name}`} label={t(label)} hint={hintText} error={errors[name]}>
        <input
          id={`member-${name}`}
          name={name}
          value={values[name]}
          onInput={set(name)}
          aria-invalid={errors[name] ? 'true' : undefined}
          aria-describedby={describedBy(`member-${name}`, hintText, errors[name])}
          {...input}
        />
      </FormField>
    );
  };

  return (
    <>
      <p>
        <a href={`/groups/${groupId}`}>← {loaded.groupName || t('app.back')}</a>
      </p>
      <h1>
        {editing ? t('field.member.edit_title', { name: fullName(editing) }) : t('field.member.new_title')}
      </h1>
      {loaded.fix && <p class="error">{t('field.member.fixing')}</p>}
      <form ref={form} onSubmit={save} noValidate>
        {field('givenName', 'field.member.given_name', { autocomplete: 'given-name', required: true })}
        {field('familyName', 'field.member.family_name', { autocomplete: 'family-name' })}
        <FormField id="member-sex" label={t('field.member.sex')} error={errors.sex}>
          <select
            id="member-sex"
            name="sex"
            value={values.sex}
            onChange={set('sex')}
            aria-invalid={errors.sex ? 'true' : undefined}
            aria-describedby={describedBy('member-sex', undefined, errors.sex)}
          >
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
        {field(
          'birthYear',
          'field.member.birth_year',
          { inputMode: 'numeric', maxLength: 4 },
          'field.member.birth_year_hint',
        )}
        {field('birthDate', 'field.member.birth_date', { type: 'date' })}
        {field('phone', 'field.member.phone', { type: 'tel', autocomplete: 'tel' })}
        {field('occupation', 'field.member.occupation', {})}
        {!editing && field('joinedOn', 'field.member.joined_on', { type: 'date', required: true })}
        <fieldset class="choices">
          <legend>{t('field.member.consent_question')}</legend>
          {consentChoices.map(([choice, label]) => (
            <label key={choice || 'none'} class="choice">
              <input
                type="radio"
                name="consent"
                value={choice}
                checked={values.consent === choice}
                onChange={() => setValues({ ...values, consent: choice })}
              />{' '}
              {t(label)}
            </label>
          ))}
        </fieldset>
        {Object.keys(errors).length > 0 && (
          <p role="alert" class="error">
            {t('field.form.check_fields')}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={saving}>
            {t('field.form.save')}
          </button>
          <a
            class="button"
            href={editing ? `/groups/${groupId}/members/${editing.id}` : `/groups/${groupId}`}
          >
            {t('field.form.cancel')}
          </a>
        </div>
      </form>
    </>
  );
}

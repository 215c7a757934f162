import { newId, offices } from '@groundwork/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../i18n/i18n.ts';
import { currentMembers, groupById, officeHolders, outboxItem } from '../../local/queries.ts';
import { enqueue, resubmit } from '../../sync/outbox.ts';
import { describedBy, FormField, focusFirstInvalid } from '../../ui/form-field.tsx';
import { fullName } from '../format.ts';
import { localToday } from '../groups/schedule.ts';
import { labelOf, officeLabels } from '../labels.ts';
import { useLocal } from '../use-local.ts';
import { assignPayload, type ElectionErrors, type ElectionValues, valuesOfAssign } from './election-form.ts';

interface Props {
  params: { id: string };
  query: { fix?: string };
}

async function load(groupId: string, today: string, fixSeq: number | undefined) {
  const [group, members, holders, item] = await Promise.all([
    groupById(groupId),
    currentMembers(groupId, today),
    officeHolders(groupId, today),
    fixSeq === undefined ? undefined : outboxItem(fixSeq),
  ]);
  const fix =
    item?.status === 'rejected' && item.seq !== undefined
      ? { seq: item.seq, payload: item.payload }
      : undefined;
  return { group, members, holders, fix };
}

/** Records who took an office, from which day; the sitting holder's term ends that day. */
export function ElectionScreen({ params, query }: Props) {
  const groupId = params.id;
  const today = localToday();
  const fixSeq = query.fix ? Number(query.fix) : undefined;
  const loaded = useLocal(() => load(groupId, today, fixSeq), [groupId, today, fixSeq]);
  const [values, setValues] = useState<ElectionValues | undefined>(undefined);
  const [errors, setErrors] = useState<ElectionErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const { route } = useLocation();

  useEffect(() => {
    if (loaded && !values) {
      setValues(
        loaded.fix ? valuesOfAssign(loaded.fix.payload) : { office: '', personId: '', termStart: today },
      );
    }
  }, [loaded, values, today]);

  useEffect(() => {
    if (Object.keys(errors).length > 0) focusFirstInvalid(form.current);
  }, [errors]);

  if (!loaded || !values) return <p>{t('app.loading')}</p>;
  const { group, members, holders, fix } = loaded;
  if (!group) return <p>{t('field.group.not_here')}</p>;
  const officeOf = (personId: string) => holders.find((h) => h.term.personId === personId)?.term.office;

  async function save(event: Event) {
    event.preventDefault();
    if (!values) return;
    const checked = assignPayload(
      values,
      { id: typeof fix?.payload.id === 'string' ? fix.payload.id : newId(), groupId },
      new Set(members.map((m) => m.membership.personId)),
      holders,
    );
    if (!checked.ok) return setErrors(checked.errors);
    if (fix) await resubmit(fix.seq, checked.payload);
    else await enqueue('office.assign', checked.payload, groupId);
    route(`/groups/${groupId}`);
  }

  const change = (field: keyof ElectionValues) => (event: Event) =>
    setValues({ ...values, [field]: (event.target as HTMLSelectElement).value });
  const control = (id: string, field: keyof ElectionValues) => ({
    id,
    name: field,
    'aria-invalid': errors[field] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, undefined, errors[field]),
  });

  return (
    <>
      <p>
        <a href={`/groups/${groupId}`}>← {group.name}</a>
      </p>
      <h1>{t('field.election.title')}</h1>
      {fix && <p class="error">{t('field.member.fixing')}</p>}
      <form ref={form} onSubmit={save} noValidate>
        <FormField id="election-office" label={t('field.election.office')} error={errors.office}>
          <select {...control('election-office', 'office')} value={values.office} onChange={change('office')}>
            <option value="">{t('field.form.choose')}</option>
            {offices.map((office) => (
              <option key={office} value={office}>
                {t(officeLabels[office])}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="election-person" label={t('field.election.person')} error={errors.personId}>
          <select
            {...control('election-person', 'personId')}
            value={values.personId}
            onChange={change('personId')}
          >
            <option value="">{t('field.form.choose')}</option>
            {members.map(({ membership, person }) => {
              const held = labelOf(officeLabels, officeOf(membership.personId) ?? '');
              const name = fullName(person) || t('field.member.unknown');
              return (
                <option key={membership.personId} value={membership.personId}>
                  {held ? `${name} (${t(held)})` : name}
                </option>
              );
            })}
          </select>
        </FormField>
        <FormField id="election-start" label={t('field.election.term_start')} error={errors.termStart}>
          <input
            {...control('election-start', 'termStart')}
            type="date"
            value={values.termStart}
            onInput={change('termStart')}
          />
        </FormField>
        {Object.keys(errors).length > 0 && (
          <p role="alert" class="error">
            {t('field.form.check_fields')}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary">
            {t('field.form.save')}
          </button>
          <a class="button" href={`/groups/${groupId}`}>
            {t('field.form.cancel')}
          </a>
        </div>
      </form>
    </>
  );
}

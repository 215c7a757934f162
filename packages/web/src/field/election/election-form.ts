import { type Office, officeAssign } from '@groundwork/core';
import type { WebKey } from '../../i18n/i18n.ts';
import type { OfficeHolder } from '../../local/queries.ts';

export interface ElectionValues {
  office: Office | '';
  personId: string;
  termStart: string;
}

export type ElectionErrors = Partial<Record<keyof ElectionValues, WebKey>>;

/** A refused `office.assign` back in the form. */
export function valuesOfAssign(payload: Record<string, unknown>): ElectionValues {
  const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : '');
  return { office: text('office') as Office | '', personId: text('personId'), termStart: text('termStart') };
}

/**
 * The `office.assign` command, checked as the server would: a real office, a current member, a date,
 * and not someone who already holds another office (the sitting holder of this office steps down).
 */
export function assignPayload(
  values: ElectionValues,
  ids: { id: string; groupId: string },
  memberIds: ReadonlySet<string>,
  holders: OfficeHolder[],
): { ok: true; payload: Record<string, unknown> } | { ok: false; errors: ElectionErrors } {
  const payload = {
    id: ids.id,
    groupId: ids.groupId,
    personId: values.personId,
    office: values.office,
    termStart: values.termStart,
  };
  const errors: ElectionErrors = {};
  const parsed = officeAssign.safeParse(payload);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'office') errors.office = 'field.election.error.office';
      if (field === 'termStart') errors.termStart = 'field.election.error.term_start';
      if (field === 'personId') errors.personId = 'field.election.error.person';
    }
  }
  if (values.personId && !memberIds.has(values.personId)) errors.personId = 'field.election.error.person';
  const other = holders.find((h) => h.term.personId === values.personId && h.term.office !== values.office);
  if (values.personId && other) errors.personId = 'field.election.error.holds_other';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, payload };
}

import { describe, expect, it } from 'vitest';
import type { OfficeHolder } from '../../local/queries.ts';
import { assignPayload, valuesOfAssign } from './election-form.ts';

const groupId = '0190a1b2-0000-7000-8000-0000000000c1';
const meena = '0190a1b2-0000-7000-8000-0000000000a1';
const asha = '0190a1b2-0000-7000-8000-0000000000a2';
const id = '0190a1b2-0000-7000-8000-0000000000d1';
const members = new Set([meena, asha]);
const holders: OfficeHolder[] = [
  {
    term: { id: 't1', groupId, personId: asha, office: 'secretary', termStart: '2024-01-01', termEnd: null },
    person: undefined,
  },
];

describe('assignPayload', () => {
  it('makes the office.assign command', () => {
    const values = { office: 'president' as const, personId: meena, termStart: '2025-01-14' };
    const checked = assignPayload(values, { id, groupId }, members, holders);
    expect(checked).toEqual({ ok: true, payload: { id, groupId, ...values } });
    expect(checked.ok && valuesOfAssign(checked.payload)).toEqual(values);
  });

  it('needs an office, a member and a date', () => {
    expect(
      assignPayload({ office: '', personId: '', termStart: '' }, { id, groupId }, members, holders),
    ).toEqual({
      ok: false,
      errors: {
        office: 'field.election.error.office',
        personId: 'field.election.error.person',
        termStart: 'field.election.error.term_start',
      },
    });
  });

  it('refuses someone who is not a member, or who holds another office', () => {
    const outsider = '0190a1b2-0000-7000-8000-0000000000ff';
    const base = { office: 'president' as const, termStart: '2025-01-14' };
    expect(assignPayload({ ...base, personId: outsider }, { id, groupId }, members, holders)).toMatchObject({
      errors: { personId: 'field.election.error.person' },
    });
    expect(assignPayload({ ...base, personId: asha }, { id, groupId }, members, holders)).toMatchObject({
      errors: { personId: 'field.election.error.holds_other' },
    });
    expect(
      assignPayload({ ...base, office: 'secretary', personId: asha }, { id, groupId }, members, holders).ok,
    ).toBe(true);
  });
});

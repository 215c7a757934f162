import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../local/db.ts';
import {
  pendingElections,
  pendingMeetings,
  pendingMembers,
  peopleWithPendingChanges,
  refusals,
} from './pending.ts';

const groupId = '0190a1b2-0000-7000-8000-000000000001';

function item(seq: number, type: string, payload: Record<string, unknown>, rejected = false): OutboxItem {
  return {
    seq,
    id: `id-${seq}`,
    type,
    at: '2025-01-14T10:00:00Z',
    payload,
    status: rejected ? 'rejected' : 'pending',
    attempts: 0,
    groupId,
    ...(rejected
      ? { error: { code: 'person.probable_duplicate', detail: 'Someone with this name exists.' } }
      : {}),
  };
}

const items = [
  item(1, 'person.create', {
    id: 'p-new',
    givenName: 'Sunita',
    familyName: 'Pawar',
    membership: { groupId },
  }),
  item(2, 'person.update', { id: 'p-1', phone: '9876543210' }),
  item(3, 'office.assign', { groupId, personId: 'p-1', office: 'treasurer', termStart: '2025-01-14' }),
  item(4, 'meeting.record', { groupId, heldOn: '2025-01-14' }),
  item(5, 'person.create', { id: 'p-dup', givenName: 'Asha', membership: { groupId } }, true),
  item(6, 'person.create', { id: 'p-else', givenName: 'Rani', membership: { groupId: 'another' } }),
];

describe('pending commands of a group', () => {
  it('shows the members added here, waiting or refused', () => {
    expect(pendingMembers(items, groupId)).toEqual([
      { seq: 1, personId: 'p-new', name: 'Sunita Pawar', status: 'pending' },
      { seq: 5, personId: 'p-dup', name: 'Asha', status: 'rejected' },
    ]);
  });

  it('knows who has changes waiting, elections and meetings waiting', () => {
    expect([...peopleWithPendingChanges(items)]).toEqual(['p-1']);
    expect(pendingElections(items)).toEqual([
      { seq: 3, office: 'treasurer', personId: 'p-1', termStart: '2025-01-14', status: 'pending' },
    ]);
    expect(pendingMeetings(items)).toEqual([{ seq: 4, heldOn: '2025-01-14', status: 'pending' }]);
  });

  it('describes a refused command with its reason and the form that corrects it', () => {
    expect(refusals(items, groupId, () => '')).toEqual([
      {
        seq: 5,
        what: 'field.refused.person_create',
        params: { name: 'Asha', date: '' },
        reason: 'Someone with this name exists.',
        code: 'person.probable_duplicate',
        fixHref: `/groups/${groupId}/members/new?fix=5`,
      },
    ]);
    const election = {
      ...item(7, 'office.assign', { personId: 'p-1', office: 'president' }),
      status: 'rejected' as const,
    };
    expect(refusals([election], groupId, (id) => (id === 'p-1' ? 'Meena' : ''))[0]).toMatchObject({
      what: 'field.refused.office_assign',
      params: { name: 'Meena' },
      fixHref: `/groups/${groupId}/election?fix=7`,
    });
    const meeting = { ...item(8, 'meeting.record', { heldOn: '2025-01-07' }), status: 'rejected' as const };
    expect(refusals([meeting], groupId, () => '')[0]).toMatchObject({
      params: { date: '2025-01-07' },
      fixHref: null,
    });
  });
});

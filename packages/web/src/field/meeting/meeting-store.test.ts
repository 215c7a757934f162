import 'fake-indexeddb/auto';
import { newId } from '@groundwork/core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeLocalDb, localDb, type StoredEntity } from '../../local/db.ts';
import { newDraft } from './draft.ts';
import { shgContext } from './fixtures.ts';
import { clearDraft, draftKey, loadMeetingData, saveDraft } from './meeting-store.ts';

afterEach(async () => {
  const db = await localDb();
  await Promise.all([db.clear('entities'), db.clear('meta'), db.clear('group_finance')]);
  await closeLocalDb();
});

async function seed() {
  const ctx = shgContext('INR');
  const groupId = ctx.group.id;
  const [asha, meena, sunita] = ctx.members as [
    { personId: string; name: string },
    { personId: string; name: string },
    { personId: string; name: string },
  ];
  const left = newId();
  const rows: StoredEntity[] = [
    {
      store: 'group',
      id: groupId,
      groupId,
      data: {
        id: groupId,
        kind: 'shg',
        name: 'Jai Bhavani',
        formedOn: '2024-01-01',
        cadence: 'weekly',
        constitution: {
          savingAmountPerMeeting: 10_000,
          fineRules: [{ reason: 'absence', amount: 1_000 }],
          interestRateBpsPerMonth: 200,
          shareOutRule: 'proportional',
        },
      },
    },
    ...[meena, asha, sunita].map((m) => ({
      store: 'membership' as const,
      id: newId(),
      groupId,
      data: { id: newId(), groupId, personId: m.personId, joinedOn: '2024-01-01', leftOn: null },
    })),
    {
      store: 'membership',
      id: newId(),
      groupId,
      data: { id: newId(), groupId, personId: left, joinedOn: '2024-01-01', leftOn: '2024-06-01' },
    },
    ...[asha, meena, sunita].map((m) => {
      const [givenName, familyName] = m.name.split(' ');
      return { store: 'person' as const, id: m.personId, data: { id: m.personId, givenName, familyName } };
    }),
    { store: 'person', id: left, data: { id: left, givenName: 'Gone', familyName: null } },
    { store: 'meeting', id: newId(), groupId, data: { id: newId(), groupId, heldOn: '2025-01-08' } },
    {
      store: 'membership',
      id: newId(),
      groupId: newId(),
      data: { id: newId(), personId: newId(), leftOn: null },
    },
  ];
  const db = await localDb();
  for (const row of rows) await db.put('entities', row);
  await db.put('group_finance', ctx.finance!);
  return { ctx, groupId };
}

describe('loadMeetingData', () => {
  it('reads the group, its current members by name, its money and its meeting dates', async () => {
    const { ctx, groupId } = await seed();
    const data = await loadMeetingData(groupId);
    expect(data?.group).toMatchObject({ name: 'Jai Bhavani', cadence: 'weekly', kind: 'shg' });
    expect(data?.group.rules).toEqual({
      savingAmountPerMeeting: 10_000,
      fineRules: [{ reason: 'absence', amount: 1_000 }],
      interestRateBpsPerMonth: 200,
      loanCapMultipleOfSavings: undefined,
      loanCapAmount: undefined,
    });
    expect(data?.members.map((m) => m.name)).toEqual(['Asha Pawar', 'Meena Jadhav', 'Sunita More']);
    expect(data?.finance?.cash).toBe(ctx.finance?.cash);
    expect(data?.recordedDates).toEqual(['2025-01-08']);
    expect(data?.draft).toBeUndefined();
  });

  it('is undefined for a group that is not on the phone', async () => {
    expect(await loadMeetingData(newId())).toBeUndefined();
  });
});

describe('the draft', () => {
  it('is kept at every change, read back when the screen opens, and cleared on confirm', async () => {
    const { groupId } = await seed();
    const draft = newDraft(groupId, '2025-01-29');
    saveDraft({ ...draft, minutes: 'first' });
    await saveDraft({ ...draft, minutes: 'second', step: 3 });
    expect((await loadMeetingData(groupId))?.draft).toMatchObject({ minutes: 'second', step: 3 });
    await clearDraft(groupId);
    expect(await (await localDb()).get('meta', draftKey(groupId))).toBeUndefined();
  });

  it('ignores a stored draft of another shape', async () => {
    const { groupId } = await seed();
    await (await localDb()).put('meta', { groupId, heldOn: 5 }, draftKey(groupId));
    expect((await loadMeetingData(groupId))?.draft).toBeUndefined();
  });
});

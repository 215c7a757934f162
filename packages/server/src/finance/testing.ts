import { type Constitution, type GroupKind, newId } from '@groundwork/core';
import { systemActor } from '../access/system.ts';
import { applyCommands, type CommandResult } from '../commands/apply.ts';
import type { Database } from '../db/database.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { asSystem } from '../testing/harness.ts';

export const testConstitution: Constitution = {
  savingAmountPerMeeting: 10_000,
  interestRateBpsPerMonth: 200,
  loanCapMultipleOfSavings: 3,
  fineRules: [],
  shareOutRule: 'proportional',
};

export interface FinanceGroup {
  groupId: string;
  areaId: string;
  members: string[];
  bankAccountId: string;
}

/** A group of `size` women, formed on `formedOn`, with one bank account: the books' usual starting point. */
export async function makeFinanceGroup(
  database: Database,
  org: Organisation,
  options: {
    size?: number;
    kind?: GroupKind;
    formedOn?: string;
    constitution?: Constitution;
    name?: string;
  } = {},
): Promise<FinanceGroup> {
  const formedOn = options.formedOn ?? '2025-01-06';
  const [{ id: areaId }] = (await asSystem(database, org, [
    { type: 'area.create', payload: { name: `Ward ${newId().slice(-6)}`, kind: 'ward' } },
  ])) as [{ id: string }];
  const [{ id: groupId }] = (await asSystem(database, org, [
    {
      type: 'group.create',
      payload: {
        kind: options.kind ?? 'shg',
        name: options.name ?? `Group ${newId().slice(-6)}`,
        areaId,
        formedOn,
        cadence: 'weekly',
        meetingWeekday: 'monday',
        constitution: options.constitution ?? testConstitution,
      },
    },
  ])) as [{ id: string }];
  const people = await asSystem(
    database,
    org,
    Array.from({ length: options.size ?? 15 }, (_, i) => ({
      type: 'person.create',
      payload: {
        givenName: `Member${i + 1}`,
        familyName: `Family${newId().slice(-6)}`,
        sex: 'female',
        areaId,
        membership: { groupId, joinedOn: formedOn },
      },
    })),
  );
  const [{ id: bankAccountId }] = (await asSystem(database, org, [
    { type: 'bank_account.open', payload: { groupId, bankName: 'State Bank of India', openedOn: formedOn } },
  ])) as [{ id: string }];
  return { groupId, areaId, members: people.map((p) => p.id), bankAccountId };
}

/** Everyone present: the attendance of a meeting nobody missed. */
export const allPresent = (members: readonly string[]) =>
  members.map((personId) => ({ personId, status: 'present' as const }));

/** Runs one command as the installation and returns its result, applied or rejected. */
export async function trySystem(
  database: Database,
  org: Organisation,
  type: string,
  payload: Record<string, unknown>,
): Promise<CommandResult> {
  const [result] = await applyCommands(database, {
    actor: systemActor(org.id),
    deviceId: 'test',
    commands: [{ id: newId(), type, at: new Date().toISOString(), payload }],
  });
  if (!result) throw new Error('no result');
  return result;
}

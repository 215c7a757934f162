import { type CommandEnvelope, type Instalment, loanSchedule, newId } from '@groundwork/core';
import { systemActor } from '../access/system.ts';
import { applyCommands } from '../commands/apply.ts';
import type { Database } from '../db/database.ts';
import { defaultRateBps } from '../finance/loans.ts';
import { testConstitution } from '../finance/testing.ts';
import { todayIn } from '../finance/today.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { totalBatches, type Workload } from './lane.ts';
import { expectAllApplied, type PushSource } from './push.ts';

export const membersPerGroup = 20;
export const loansPerGroup = 3;
/** What each member saves at a measured meeting, and what she brought to the first one. */
export const weeklySaving = 10_000;
const openingSaving = 1_000_000;
const loanPrincipal = 2_000_000;
const rateBps = defaultRateBps(testConstitution.interestRateBpsPerMonth, 'weekly');

export interface BenchGroup {
  id: string;
  members: string[];
  loans: { id: string; personId: string; schedule: Instalment[] }[];
}

/** One measured meeting: which group, which week after the first meeting, on which day. */
export interface BenchMeeting {
  group: BenchGroup;
  week: number;
  heldOn: string;
}

const dayMs = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/**
 * Weekly meetings of groups of 20 women, each with the attendance, 20 savings and three loan
 * repayments (the instalments due that day, paid on time). Before the clock starts every group is
 * formed, its members registered and a first meeting held at which they saved and three of them
 * borrowed, weekly, over as many weeks as the run has meetings for the group (at most 26). A batch
 * holds one meeting each of as many different groups, week after week, so the dates stay in order.
 */
export class MeetingWorkload {
  readonly groups: BenchGroup[];
  readonly meetings: BenchMeeting[];
  readonly firstMeeting: string;

  constructor(readonly workload: Workload) {
    const total = totalBatches(workload) * workload.batchSize;
    // At least a batch of different groups, and at most half a year of meetings each: the loans run
    // that long, as weekly loans do (a schedule of hundreds of instalments would cost more to replay).
    const groups = Math.max(workload.batchSize, Math.ceil(total / 26));
    const weeks = Math.ceil(total / groups);
    this.firstMeeting = addDays(todayIn('Asia/Kolkata'), -7 * (weeks + 1));
    this.groups = Array.from({ length: groups }, () => {
      const members = Array.from({ length: membersPerGroup }, () => newId());
      const loans = members.slice(0, loansPerGroup).map((personId) => ({
        id: newId(),
        personId,
        schedule: loanSchedule({
          principal: loanPrincipal,
          rateBps,
          method: 'flat',
          instalments: weeks,
          frequency: 'weekly',
          gracePeriods: 0,
          disbursedOn: this.firstMeeting,
        }),
      }));
      return { id: newId(), members, loans };
    });
    this.meetings = Array.from({ length: total }, (_, k) => {
      const week = Math.floor(k / groups) + 1;
      return { group: this.groups[k % groups]!, week, heldOn: addDays(this.firstMeeting, 7 * week) };
    });
  }

  /** The groups, their members and first meetings, through the commands, as any database of a lane needs them. */
  async prepare(database: Database, org: Organisation): Promise<void> {
    const at = new Date().toISOString();
    const command = (type: string, payload: Record<string, unknown>): CommandEnvelope => ({
      id: newId(),
      type,
      at,
      payload,
    });
    const commands: CommandEnvelope[] = [];
    for (const [i, g] of this.groups.entries()) {
      commands.push(
        command('group.create', {
          id: g.id,
          kind: 'shg',
          name: `Bench group ${i + 1}`,
          formedOn: this.firstMeeting,
          cadence: 'weekly',
          constitution: testConstitution,
        }),
      );
      for (const [m, personId] of g.members.entries()) {
        commands.push(
          command('person.create', {
            id: personId,
            givenName: `Member ${m + 1}`,
            familyName: `Group ${i + 1}`,
            sex: 'female',
            membership: { groupId: g.id, joinedOn: this.firstMeeting },
          }),
        );
      }
      commands.push(
        command('meeting.record', {
          groupId: g.id,
          heldOn: this.firstMeeting,
          attendance: g.members.map((personId) => ({ personId, status: 'present' })),
          savings: g.members.map((personId) => ({ personId, amount: openingSaving })),
          loans: g.loans.map((l) => ({
            id: l.id,
            personId: l.personId,
            principal: loanPrincipal,
            rateBps,
            method: 'flat',
            instalments: l.schedule.length,
            frequency: 'weekly',
            purpose: 'Tailoring',
          })),
        }),
      );
    }
    for (let start = 0; start < commands.length; start += 500) {
      const batch = commands.slice(start, start + 500);
      const results = await applyCommands(database, {
        actor: systemActor(org.id),
        deviceId: 'bench',
        commands: batch,
      });
      expectAllApplied(results, batch.length);
    }
  }

  /** The payload of a measured meeting, as a leader's phone sends it. */
  payload(m: BenchMeeting) {
    return {
      groupId: m.group.id,
      heldOn: m.heldOn,
      attendance: m.group.members.map((personId) => ({ personId, status: 'present' as const })),
      savings: m.group.members.map((personId) => ({ personId, amount: weeklySaving })),
      repayments: m.group.loans.map((l) => {
        const due = l.schedule[m.week - 1]!;
        return { loanId: l.id, amount: due.principal + due.interest };
      }),
    };
  }

  /** Measured meetings in batches, as commands. */
  batchesOf<T>(make: (m: BenchMeeting) => T): T[][] {
    const size = this.workload.batchSize;
    return Array.from({ length: totalBatches(this.workload) }, (_, b) =>
      this.meetings.slice(b * size, (b + 1) * size).map(make),
    );
  }

  source(): PushSource {
    return {
      prepare: (database, org) => this.prepare(database, org),
      batches: () =>
        this.batchesOf((m) => ({
          id: newId(),
          type: 'meeting.record',
          at: `${m.heldOn}T10:00:00.000Z`,
          payload: this.payload(m),
        })),
    };
  }
}

import { type Actor, isScoped } from '@groundwork/core';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { groupsInScope } from '../../access/scope-sql.ts';
import type { Tables } from '../../db/schema.ts';
import type { MonthCounts } from './group-health.ts';
import { OVERDUE_DAYS } from './loan-book.ts';
import { addDays, firstDayOf } from './months.ts';

/** Net debit minus credit per account, by month. */
type Flows = Map<string, Map<string, number>>;

/**
 * What the organisation summary reads, in nine aggregate queries on the small tables. The groups are those
 * of the reader's scope that keep savings books; `active` ones (active, formed by today) are those with
 * meetings due. A reader who sees the whole organisation needs no group filter on money (only groups
 * with savings books hold savings, loans and instalments), so those queries read the account and loan
 * state indexes alone.
 */
export async function readSummary(db: Kysely<Tables>, actor: Actor, firstMonth: string, today: string) {
  const orgId = actor.orgId;
  const current = today.slice(0, 7);
  const overdueBefore = addDays(today, -OVERDUE_DAYS);
  const withBooks = () =>
    db
      .selectFrom('groups')
      .select('groups.id')
      .where('groups.org_id', '=', orgId)
      .where(groupsInScope(actor))
      .where('groups.kind', '<>', 'health_committee');
  const active = () =>
    withBooks().where('groups.status', '=', 'active').where('groups.formed_on', '<=', today);
  const scoped = isScoped(actor);

  const [groups, attendance, thisMonth, monthly, loanCounts, atRisk, dueSoFar, cancelledDue, members] =
    await Promise.all([
      withBooks()
        .select([
          'groups.status',
          'groups.formed_on',
          'groups.cadence',
          'groups.meeting_weekday',
          'groups.meeting_day_of_month',
        ])
        .execute(),
      db
        .selectFrom('group_months')
        .select((eb) => [
          'month',
          eb.fn.sum<number>('meetings_held').as('held'),
          eb.fn.sum<number>('member_meetings').as('rolls'),
          eb.fn.sum<number>('present').as('present'),
        ])
        .where('org_id', '=', orgId)
        .where('group_id', 'in', active())
        .where('month', '>=', firstMonth)
        .where('month', '<=', current)
        .groupBy('month')
        .execute(),
      db
        .selectFrom('group_months')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('group_id', 'in', active())
        .where('month', '=', current)
        .execute(),
      db
        .selectFrom('fin_monthly')
        .select(['month', 'account', (eb) => eb.fn.sum<number>('amount').as('amount')])
        .where('org_id', '=', orgId)
        .where('account', 'in', ['member_savings', 'loans_receivable'])
        .where('month', '<=', current)
        .$if(scoped, (q) => q.where('group_id', 'in', withBooks()))
        .groupBy(['month', 'account'])
        .execute(),
      db
        .selectFrom('loan_states')
        .select([
          'group_id',
          (eb) => eb.fn.countAll<number>().as('active'),
          sql<number>`sum(case when next_due_on < ${overdueBefore} then 1 else 0 end)`.as('overdue'),
        ])
        .where('org_id', '=', orgId)
        .where('status', '=', 'active')
        .$if(scoped, (q) => q.where('group_id', 'in', withBooks()))
        .groupBy('group_id')
        .execute(),
      db
        .selectFrom('loan_states as s')
        .innerJoin('loans as l', (join) =>
          join.onRef('l.org_id', '=', 's.org_id').onRef('l.id', '=', 's.loan_id'),
        )
        .select(sql<number>`sum(l.principal - s.principal_paid)`.as('amount'))
        .where('s.org_id', '=', orgId)
        .where('s.status', '=', 'active')
        .where('s.next_due_on', '<', overdueBefore)
        .$if(scoped, (q) => q.where('s.group_id', 'in', withBooks()))
        .executeTakeFirst(),
      db
        .selectFrom('loan_instalments')
        .select(['group_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('org_id', '=', orgId)
        .where('group_id', 'in', active())
        .where('due_on', '>=', firstDayOf(current))
        .where('due_on', '<=', today)
        .groupBy('group_id')
        .execute(),
      cancelledInstalments(db, orgId, active(), firstDayOf(current), today),
      db
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('org_id', '=', orgId)
        .where('group_id', 'in', withBooks())
        .where('joined_on', '<=', today)
        .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>', today)]))
        .executeTakeFirst(),
    ]);

  const opening = new Map<string, number>();
  const flows: Flows = new Map();
  for (const row of monthly) {
    const amount = Number(row.amount);
    if (row.month < firstMonth) {
      opening.set(row.account, (opening.get(row.account) ?? 0) + amount);
      continue;
    }
    const flow = flows.get(row.month) ?? new Map<string, number>();
    flow.set(row.account, amount);
    flows.set(row.month, flow);
  }
  const cancelled = new Map(cancelledDue.map((row) => [row.group_id, Number(row.n)]));
  return {
    groups,
    attendance: new Map(
      attendance.map((row) => [
        row.month,
        { held: Number(row.held), present: Number(row.present), rolls: Number(row.rolls) },
      ]),
    ),
    countsNow: new Map<string, MonthCounts>(
      thisMonth.map(({ org_id, group_id, month, ...c }) => [group_id, c]),
    ),
    opening,
    flows,
    loansOf: new Map(
      loanCounts.map((row) => [row.group_id, { active: Number(row.active), overdue: Number(row.overdue) }]),
    ),
    atRisk: Number(atRisk?.amount ?? 0),
    /** Instalments of the month so far, those of cancelled loans left out. */
    instalmentsDueOf: new Map(
      dueSoFar.map((row) => [row.group_id, Number(row.n) - (cancelled.get(row.group_id) ?? 0)]),
    ),
    members: Number(members?.n ?? 0),
  };
}

/**
 * Instalments falling due in a window on loans cancelled by a correction, per group. The cancelled
 * loans are few, so they are found first and their instalments read by loan: a join lets the planner
 * walk every instalment of the window instead.
 */
async function cancelledInstalments(
  db: Kysely<Tables>,
  orgId: string,
  groups: SelectQueryBuilder<Tables, 'groups', { id: string }>,
  from: string,
  to: string,
): Promise<{ group_id: string; n: number }[]> {
  const cancelled = await db
    .selectFrom('loan_states')
    .select('loan_id')
    .where('org_id', '=', orgId)
    .where('status', '=', 'cancelled')
    .where('group_id', 'in', groups)
    .execute();
  if (cancelled.length === 0) return [];
  return db
    .selectFrom('loan_instalments')
    .select(['group_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where(
      'loan_id',
      'in',
      cancelled.map((c) => c.loan_id),
    )
    .where('due_on', '>=', from)
    .where('due_on', '<=', to)
    .groupBy('group_id')
    .execute();
}

import type { Kysely, Selectable } from 'kysely';
import { idList } from '../access/scope-sql.ts';
import type { GroupsTable, OrganisationsTable, Tables } from '../db/schema.ts';
import { groupsFinance } from '../finance/group-finance.ts';
import { loadLoans, positionOf } from '../finance/loans.ts';
import { todayIn } from '../finance/today.ts';
import { toLoanView } from '../finance/views.ts';

type Group = Selectable<GroupsTable>;
type Organisation = Selectable<OrganisationsTable>;

/**
 * What a phone keeps of each group's books: the finance summary and the open loans with their schedules,
 * where each instalment stands today.
 */
export async function financeSnapshots(db: Kysely<Tables>, org: Organisation, groups: readonly Group[]) {
  if (groups.length === 0) return [];
  const today = todayIn(org.time_zone);
  const open = await db
    .selectFrom('loan_states')
    .select(['loan_id', 'group_id'])
    .where('org_id', '=', org.id)
    .where('group_id', 'in', idList(new Set(groups.map((g) => g.id))))
    .where('status', '=', 'active')
    .execute();
  const loans = await loadLoans(
    db,
    org.id,
    open.map((l) => l.loan_id),
  );
  const summaries = await groupsFinance(db, org, groups, today);
  return summaries.map((summary) => ({
    ...summary,
    loans: [...loans.values()]
      .filter((loan) => loan.row.group_id === summary.groupId)
      .sort((a, b) => (a.row.disbursed_on < b.row.disbursed_on ? 1 : -1))
      .map((loan) => toLoanView(loan, positionOf(loan, today), true)),
  }));
}

import { type Actor, panchasutra } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/schema.ts';
import { cadenceOf, groupMonth, noCounts } from '../finance/health/group-health.ts';
import { dueMeetingCounts, monthSoFar } from '../finance/health/months.ts';
import { readSummary } from '../finance/health/summary-data.ts';

export interface GroupGrade {
  groupId: string;
  grade: 'A' | 'B' | 'C';
  score: number;
}

/**
 * Each active group's Panchasutra grade for the month so far, worked out exactly as the organisation
 * summary counts its grades (same reads, same figures), for the groups in the reader's scope with books.
 */
export async function groupGrades(db: Kysely<Tables>, actor: Actor, today: string): Promise<GroupGrade[]> {
  const current = today.slice(0, 7);
  const data = await readSummary(db, actor, current, today);
  const span = [monthSoFar(current, today)];
  return data.groups
    .filter((group) => group.status === 'active' && group.formed_on <= today)
    .map((group) => {
      const loans = data.loansOf.get(group.id);
      const figures = groupMonth(
        current,
        data.countsNow.get(group.id) ?? noCounts,
        dueMeetingCounts(cadenceOf(group), span)[0] ?? 0,
        { loansOutstanding: loans?.active ?? 0, overdueLoans: loans?.overdue ?? 0 },
        data.instalmentsDueOf.get(group.id) ?? 0,
      );
      const { grade, score } = panchasutra(figures);
      return { groupId: group.id, grade, score };
    });
}

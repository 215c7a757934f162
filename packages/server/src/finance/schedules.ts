import type { Instalment } from '@groundwork/core';
import type { Compilable, Kysely, Selectable } from 'kysely';
import type { DialectName } from '../db/database.ts';
import type { LoansTable } from '../db/finance-schema.ts';
import { executeReused } from '../db/reuse.ts';
import type { Tables } from '../db/schema.ts';

/** Loans whose schedules are kept in memory; the oldest goes first when it is full. */
const capacity = 2_000;
const kept = new Map<string, readonly Instalment[]>();

/**
 * A loan's instalments are written once, when it is disbursed, and never changed, so the schedules of
 * the loans a meeting repays are kept between commands rather than read again for every meeting. The key
 * is the loan's whole row as it was disbursed (terms, time of writing), so a loan id written again
 * after a rolled-back batch can never be given the schedule of the loan that was undone.
 */
function keyOf(org: string, loan: Selectable<LoansTable>): string {
  return [
    org,
    loan.id,
    loan.created_at,
    loan.disbursed_on,
    loan.principal,
    loan.rate_bps,
    loan.method,
    loan.instalments,
    loan.frequency,
    loan.grace_periods,
  ].join('\u0000');
}

/** The schedules of these loans, read from the database only for those not kept already. */
export async function loadSchedules(
  db: Kysely<Tables>,
  org: string,
  loans: readonly Selectable<LoansTable>[],
  dialect?: DialectName,
): Promise<Map<string, readonly Instalment[]>> {
  const found = new Map<string, readonly Instalment[]>();
  const missing: Selectable<LoansTable>[] = [];
  for (const loan of loans) {
    const schedule = kept.get(keyOf(org, loan));
    if (schedule) found.set(loan.id, schedule);
    else missing.push(loan);
  }
  if (missing.length === 0) return found;
  const ids = missing.map((l) => l.id);
  const build = (): Compilable<{
    loan_id: string;
    number: number;
    due_on: string;
    principal: number | string;
    interest: number | string;
  }> =>
    db
      .selectFrom('loan_instalments')
      .select(['loan_id', 'number', 'due_on', 'principal', 'interest'])
      .where('org_id', '=', org)
      .where('loan_id', 'in', ids)
      // The primary key's own order: no sort of the rows.
      .orderBy('loan_id')
      .orderBy('number');
  const { rows } = dialect
    ? await executeReused(db, dialect, `instalments by loan ${ids.length}`, [org, ...ids], build)
    : await db.executeQuery(build().compile());
  const read = new Map<string, Instalment[]>(ids.map((id) => [id, []]));
  for (const i of rows) {
    read.get(i.loan_id)?.push(
      Object.freeze({
        number: i.number,
        dueOn: i.due_on,
        principal: Number(i.principal),
        interest: Number(i.interest),
      }),
    );
  }
  for (const loan of missing) {
    const schedule = Object.freeze(read.get(loan.id) ?? []);
    found.set(loan.id, schedule);
    if (schedule.length === 0) continue;
    if (kept.size >= capacity) kept.delete(kept.keys().next().value!);
    kept.set(keyOf(org, loan), schedule);
  }
  return found;
}

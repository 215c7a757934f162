import {
  type AccountCode,
  accountDefinition,
  cycleStart,
  DomainError,
  newId,
  planShareOut,
  postingsFor,
  shareOutRecord,
} from '@groundwork/core';
import { sql } from 'kysely';
import type { CommandContext } from '../commands/context.ts';
import { defineCommand } from '../commands/context.ts';
import { executeReused } from '../db/reuse.ts';
import { loadBook } from './book.ts';
import { loadLoans, positionOf, repay } from './loans.ts';
import { checkEntryDate } from './today.ts';
import { EntryWriter } from './writer.ts';

/** The group's savings cycle that has not been shared out yet, if any. */
export async function openCycle(ctx: CommandContext, groupId: string) {
  const { rows } = await executeReused(ctx.trx, ctx.dialect, 'open cycle', [ctx.org.id, groupId], () =>
    ctx.trx
      .selectFrom('savings_cycles as c')
      .leftJoin('share_outs as s', (j) =>
        j.onRef('s.org_id', '=', 'c.org_id').onRef('s.cycle_id', '=', 'c.id'),
      )
      .selectAll('c')
      .where('c.org_id', '=', ctx.org.id)
      .where('c.group_id', '=', groupId)
      .where('s.id', 'is', null)
      .orderBy('c.started_on', 'desc')
      // A literal: SQLite sorts every row for a bound LIMIT, five times the cost on every meeting.
      .limit(sql.lit(1)),
  );
  return rows[0];
}

async function insertCycle(
  ctx: CommandContext,
  groupId: string,
  c: { id?: string | undefined; startedOn: string; plannedEndOn: string; sharePrice?: number | undefined },
  field: string,
): Promise<string> {
  if (c.plannedEndOn <= c.startedOn)
    throw new DomainError('cycle.dates_order', { field: `${field}plannedEndOn` });
  const id = c.id ?? newId();
  await ctx.trx
    .insertInto('savings_cycles')
    .values({
      org_id: ctx.org.id,
      id,
      group_id: groupId,
      started_on: c.startedOn,
      planned_end_on: c.plannedEndOn,
      share_price: c.sharePrice ?? null,
      created_at: ctx.now,
    })
    .execute();
  return id;
}

export const startCycle = defineCommand({
  type: 'cycle.start',
  schema: cycleStart,
  async apply(ctx, p) {
    const book = await loadBook(ctx, p.groupId, p.startedOn);
    if (!book.chart.has('member_savings')) throw new DomainError('finance.no_books', { field: 'groupId' });
    if (p.startedOn < book.group.formed_on) {
      throw new DomainError('meeting.before_formed', {
        field: 'startedOn',
        params: { formedOn: book.group.formed_on },
      });
    }
    if (await openCycle(ctx, p.groupId)) throw new DomainError('cycle.already_open', { field: 'groupId' });
    const id = await insertCycle(ctx, p.groupId, p, '');
    ctx.emit({
      entity: 'savings_cycle',
      entityId: id,
      op: 'create',
      areaId: book.group.area_id,
      groupId: p.groupId,
      data: {
        id,
        groupId: p.groupId,
        startedOn: p.startedOn,
        plannedEndOn: p.plannedEndOn,
        sharePrice: p.sharePrice ?? null,
      },
    });
    return { id };
  },
});

const closedTypes = new Set(['income', 'expense']);

/**
 * The end of a savings cycle. Bank money comes to the box; income and expenses are closed into the
 * surplus; the distributable fund (cash and bank, less the social fund) is shared by shares, or equally,
 * by largest remainder so the payouts sum exactly; each borrower's loan is settled out of her share.
 */
export const recordShareOut = defineCommand({
  type: 'shareout.record',
  schema: shareOutRecord,
  async apply(ctx, p) {
    const book = await loadBook(ctx, p.groupId, p.heldOn, { savings: true });
    const cycle = await openCycle(ctx, p.groupId);
    if (!cycle) throw new DomainError('cycle.none_open', { field: 'groupId' });
    checkEntryDate(ctx, p.heldOn, cycle.started_on, 'heldOn');
    const writer = new EntryWriter(ctx, book);
    const base = { date: p.heldOn, meetingId: null };

    for (const [bankAccountId, amount] of book.bank) {
      if (amount > 0) {
        writer.add({
          ...base,
          kind: 'bank_withdrawal',
          amount,
          postings: postingsFor({ kind: 'bank_withdrawal', bankAccountId, amount }),
        });
      }
    }
    await closeIncome(ctx, writer, p.heldOn);

    const active = await ctx.trx
      .selectFrom('loan_states')
      .select('loan_id')
      .where('org_id', '=', ctx.org.id)
      .where('group_id', '=', p.groupId)
      .where('status', '=', 'active')
      .execute();
    const loans = await loadLoans(
      ctx.trx,
      ctx.org.id,
      active.map((l) => l.loan_id),
    );
    const owed = new Map<string, number>();
    for (const loan of loans.values()) {
      const person = loan.row.person_id;
      owed.set(person, (owed.get(person) ?? 0) + positionOf(loan, p.heldOn).payoff);
    }
    const sharePrice = cycle.share_price ? Number(cycle.share_price) : null;
    const people = new Set(
      [...book.members, ...book.savings.keys(), ...owed.keys()].filter((id) => id !== ''),
    );
    const plan = planShareOut({
      fund: book.cash - book.socialFund,
      rule: book.constitution?.shareOutRule ?? 'proportional',
      members: [...people].sort().map((personId) => {
        const savings = Math.max(0, book.savings.get(personId) ?? 0);
        return {
          personId,
          savings,
          shares: sharePrice ? Math.floor(savings / sharePrice) : savings,
          loanOutstanding: owed.get(personId) ?? 0,
        };
      }),
    });
    for (const line of plan.lines) {
      writer.add({
        ...base,
        kind: 'share_out_payout',
        personId: line.personId,
        amount: line.payout,
        postings: postingsFor({
          kind: 'share_out_payout',
          personId: line.personId,
          savings: line.savings,
          surplus: line.gross - line.savings,
          payout: line.gross,
        }),
      });
      for (const loan of loans.values()) {
        if (loan.row.person_id !== line.personId) continue;
        const payoff = positionOf(loan, p.heldOn).payoff;
        if (payoff > 0)
          await repay(
            ctx,
            writer,
            loan,
            { date: p.heldOn, amount: payoff, meetingId: null, note: 'share-out' },
            'members',
          );
      }
    }
    const id = p.id ?? newId();
    await ctx.trx
      .insertInto('share_outs')
      .values({
        org_id: ctx.org.id,
        id,
        group_id: p.groupId,
        cycle_id: cycle.id,
        held_on: p.heldOn,
        fund: plan.fund,
        value: plan.value,
        rule: book.constitution?.shareOutRule ?? 'proportional',
        created_at: ctx.now,
      })
      .execute();
    await writer.flush();
    const nextCycleId = p.nextCycle
      ? await insertCycle(ctx, p.groupId, { ...p.nextCycle, startedOn: p.heldOn }, 'nextCycle.')
      : null;
    ctx.emit({
      entity: 'share_out',
      entityId: id,
      op: 'create',
      areaId: book.group.area_id,
      groupId: p.groupId,
      data: {
        id,
        groupId: p.groupId,
        cycleId: cycle.id,
        heldOn: p.heldOn,
        fund: plan.fund,
        lines: plan.lines,
        nextCycleId,
      },
    });
    return { id, fund: plan.fund, lines: plan.lines, nextCycleId };
  },
});

/** Moves every income and expense balance into the retained surplus, leaving them at zero for the next cycle. */
async function closeIncome(ctx: CommandContext, writer: EntryWriter, date: string): Promise<void> {
  const rows = await ctx.trx
    .selectFrom('fin_balances')
    .select(['account', 'sub', (eb) => eb.fn.sum<number>('amount').as('amount')])
    .where('org_id', '=', ctx.org.id)
    .where('group_id', '=', writer.book.group.id)
    .where(
      'account',
      'in',
      [...writer.book.chart].filter((a) => closedTypes.has(accountDefinition(a).type)),
    )
    .groupBy(['account', 'sub'])
    .execute();
  const lines = rows
    .filter((r) => Number(r.amount) !== 0)
    .map((r) => ({
      account: r.account as AccountCode,
      sub: r.sub === '' ? null : r.sub,
      amount: -Number(r.amount),
    }));
  if (lines.length === 0) return;
  const net = lines.reduce((sum, l) => sum + l.amount, 0);
  lines.push({ account: 'retained_surplus', sub: null, amount: -net });
  writer.add({
    date,
    meetingId: null,
    kind: 'period_close',
    amount: Math.abs(net),
    postings: postingsFor({ kind: 'period_close', lines }),
  });
}

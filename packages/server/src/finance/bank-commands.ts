import { bankAccountOpen, bankStatementRecord, DomainError, newId } from '@groundwork/core';
import { defineCommand } from '../commands/context.ts';
import { loadRow } from '../db/rows.ts';
import { loadBook } from './book.ts';

/** A bank account of the group: its balance is the bank book, per account. */
export const openBankAccount = defineCommand({
  type: 'bank_account.open',
  schema: bankAccountOpen,
  async apply(ctx, p) {
    const book = await loadBook(ctx, p.groupId, p.openedOn);
    if (!book.chart.has('bank')) throw new DomainError('finance.no_books', { field: 'groupId' });
    const id = p.id ?? newId();
    const row = {
      org_id: ctx.org.id,
      id,
      group_id: p.groupId,
      bank_name: p.bankName,
      branch: p.branch ?? null,
      account_number_last4: p.accountNumberLast4 ?? null,
      opened_on: p.openedOn,
      created_at: ctx.now,
    };
    await ctx.trx.insertInto('bank_accounts').values(row).execute();
    ctx.emit({
      entity: 'bank_account',
      entityId: id,
      op: 'create',
      areaId: book.group.area_id,
      groupId: p.groupId,
      data: {
        id,
        groupId: p.groupId,
        bankName: p.bankName,
        branch: row.branch,
        accountNumberLast4: row.account_number_last4,
        openedOn: p.openedOn,
      },
    });
    return { id };
  },
});

/** A balance read off the bank's statement, to set beside the bank book. */
export const recordBankStatement = defineCommand({
  type: 'bank_statement.record',
  schema: bankStatementRecord,
  async apply(ctx, p) {
    const account = await loadRow(ctx.trx, 'bank_accounts', ctx.org.id, p.bankAccountId, 'bankAccountId');
    await loadBook(ctx, account.group_id, p.date);
    const id = p.id ?? newId();
    await ctx.trx
      .insertInto('bank_statements')
      .values({
        org_id: ctx.org.id,
        id,
        group_id: account.group_id,
        bank_account_id: account.id,
        statement_date: p.date,
        balance: p.balance,
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.now,
      })
      .execute();
    return { id };
  },
});

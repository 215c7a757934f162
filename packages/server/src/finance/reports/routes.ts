import { dateSchema, idSchema } from '@groundwork/core';
import { z } from 'zod';
import { ensure } from '../../http/ensure.ts';
import { type AuthedRequest, route } from '../../http/route.ts';
import { bankBook, bankBookDocument, cashBook, cashBookDocument } from './books.ts';
import { dateRange, loadGroupScope } from './context.ts';
import { loanLedger, loanLedgerDocument } from './loan-ledger.ts';
import { passbook, passbookDocument } from './passbook.ts';
import { reconciliation, reconciliationDocument } from './reconciliation.ts';
import { formatQuery, respond } from './respond.ts';
import {
  balanceSheet,
  balanceSheetDocument,
  incomeExpenditure,
  incomeExpenditureDocument,
  trialBalance,
  trialBalanceDocument,
} from './statements.ts';

export const reportNames = [
  'cash-book',
  'bank-book',
  'loan-ledger',
  'trial-balance',
  'balance-sheet',
  'income-expenditure',
] as const;

/** The group, if the reader may see its books; a group of another organisation or outside her scope is not found. */
async function scopeFor(req: AuthedRequest<unknown, unknown, unknown>, groupId: string) {
  const scope = await loadGroupScope(req.app.database.db, req.actor.orgId, groupId);
  ensure(req, 'finance.read', { areaId: scope.group.area_id, groupIds: [scope.group.id] }, 'not_found');
  return scope;
}

const period = { format: formatQuery, from: dateSchema.optional(), to: dateSchema.optional() };

export const reportRoutes = [
  route({
    method: 'GET',
    url: '/api/groups/:id/passbook/:personId',
    summary: 'A member’s passbook: savings, loans, fines and social fund, with running balances',
    tag: 'reports',
    params: z.strictObject({ id: idSchema, personId: idSchema }),
    query: z.strictObject(period),
    async handler(req) {
      const scope = await scopeFor(req, req.params.id);
      const range = dateRange(scope, req.query.from, req.query.to);
      const data = await passbook(scope, req.params.personId, range);
      return respond(req, req.query.format, data, (d, t) => passbookDocument(d, t, req.locale));
    },
  }),
  route({
    method: 'GET',
    url: '/api/groups/:id/reports/:report',
    summary:
      'The group’s books: cash book, bank book, loan ledger, trial balance, balance sheet, income and expenditure',
    tag: 'reports',
    params: z.strictObject({ id: idSchema, report: z.enum(reportNames) }),
    query: z.strictObject({ ...period, bankAccountId: idSchema.optional() }),
    async handler(req) {
      const scope = await scopeFor(req, req.params.id);
      const { format, from, to, bankAccountId } = req.query;
      const range = dateRange(scope, from, to);
      const locale = req.locale;
      switch (req.params.report) {
        case 'cash-book':
          return respond(req, format, await cashBook(scope, range), (d, t) => cashBookDocument(d, t, locale));
        case 'bank-book':
          return respond(req, format, await bankBook(scope, range, bankAccountId), (d, t) =>
            bankBookDocument(d, t, locale),
          );
        case 'loan-ledger':
          return respond(req, format, await loanLedger(scope, range), (d, t) =>
            loanLedgerDocument(d, t, locale),
          );
        case 'trial-balance':
          return respond(req, format, await trialBalance(scope, range.to), trialBalanceDocument);
        case 'balance-sheet':
          return respond(req, format, await balanceSheet(scope, range.to), balanceSheetDocument);
        case 'income-expenditure':
          return respond(req, format, await incomeExpenditure(scope, range), (d, t) =>
            incomeExpenditureDocument(d, t, locale),
          );
      }
    },
  }),
  route({
    method: 'GET',
    url: '/api/groups/:id/bank-accounts/:bankAccountId/reconciliation',
    summary: 'The latest bank statement on or before a date against the bank book on the statement’s date',
    tag: 'reports',
    params: z.strictObject({ id: idSchema, bankAccountId: idSchema }),
    query: z.strictObject({ format: formatQuery, date: dateSchema.optional() }),
    async handler(req) {
      const scope = await scopeFor(req, req.params.id);
      const data = await reconciliation(scope, req.params.bankAccountId, req.query.date ?? scope.today);
      return respond(req, req.query.format, data, (d, t) => reconciliationDocument(d, t, req.locale));
    },
  }),
];

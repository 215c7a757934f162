import {
  bankAccountOpen,
  bankStatementRecord,
  cycleStart,
  entryRecord,
  entryReverse,
  idSchema,
  loanWriteOff,
  meetingRecord,
  shareOutRecord,
} from '@groundwork/core';
import { z } from 'zod';
import { route } from '../http/route.ts';
import { runCommand } from '../http/run-command.ts';
import { ownerGroup, readableGroup } from './access.ts';

const idParams = z.strictObject({ id: idSchema });

/** The writes of the books over REST: each is one command, as a phone would send it through sync. */
export const financeWriteRoutes = [
  route({
    method: 'POST',
    url: '/api/groups/:id/bank-accounts',
    summary: 'Open a bank account of the group',
    tag: 'finance',
    params: idParams,
    body: bankAccountOpen.omit({ groupId: true }),
    async handler(req) {
      await readableGroup(req, req.params.id);
      return runCommand(req, 'bank_account.open', req.body, { groupId: req.params.id });
    },
  }),
  route({
    method: 'POST',
    url: '/api/bank-accounts/:id/statements',
    summary: 'Record a bank statement balance, for reconciliation with the bank book',
    tag: 'finance',
    params: idParams,
    body: bankStatementRecord.omit({ bankAccountId: true }),
    async handler(req) {
      await ownerGroup(req, 'bank_accounts', req.params.id);
      return runCommand(req, 'bank_statement.record', req.body, { bankAccountId: req.params.id });
    },
  }),
  route({
    method: 'POST',
    url: '/api/groups/:id/meetings',
    summary: 'Record a whole meeting: attendance, minutes and every movement of money',
    tag: 'finance',
    params: idParams,
    body: meetingRecord.omit({ groupId: true }),
    async handler(req) {
      await readableGroup(req, req.params.id);
      return runCommand(req, 'meeting.record', req.body, { groupId: req.params.id });
    },
  }),
  route({
    method: 'POST',
    url: '/api/meetings/:id/close',
    summary: 'Close a meeting: its books are locked, corrections become new entries',
    tag: 'finance',
    params: idParams,
    async handler(req) {
      await ownerGroup(req, 'meetings', req.params.id);
      return runCommand(req, 'meeting.close', {}, { id: req.params.id });
    },
  }),
  route({
    method: 'POST',
    url: '/api/groups/:id/entries',
    summary: 'Record one entry between meetings, or a correction to a closed meeting',
    tag: 'finance',
    params: idParams,
    body: entryRecord.omit({ groupId: true }),
    async handler(req) {
      await readableGroup(req, req.params.id);
      return runCommand(req, 'entry.record', req.body, { groupId: req.params.id });
    },
  }),
  route({
    method: 'POST',
    url: '/api/entries/:id/reverse',
    summary: 'Reverse an entry with a new entry that cancels it',
    tag: 'finance',
    params: idParams,
    body: entryReverse.omit({ entryId: true }),
    async handler(req) {
      await ownerGroup(req, 'fin_entries', req.params.id);
      return runCommand(req, 'entry.reverse', req.body, { entryId: req.params.id });
    },
  }),
  route({
    method: 'POST',
    url: '/api/loans/:id/write-off',
    summary: 'Write off what is left of a loan',
    tag: 'finance',
    params: idParams,
    body: loanWriteOff.omit({ id: true }),
    async handler(req) {
      await ownerGroup(req, 'loans', req.params.id);
      return runCommand(req, 'loan.write_off', req.body, { id: req.params.id });
    },
  }),
  route({
    method: 'POST',
    url: '/api/groups/:id/cycles',
    summary: 'Start a savings cycle with its share price',
    tag: 'finance',
    params: idParams,
    body: cycleStart.omit({ groupId: true }),
    async handler(req) {
      await readableGroup(req, req.params.id);
      return runCommand(req, 'cycle.start', req.body, { groupId: req.params.id });
    },
  }),
  route({
    method: 'POST',
    url: '/api/groups/:id/share-outs',
    summary: 'Share out the savings cycle and, if asked, start the next one',
    tag: 'finance',
    params: idParams,
    body: shareOutRecord.omit({ groupId: true }),
    async handler(req) {
      await readableGroup(req, req.params.id);
      return runCommand(req, 'shareout.record', req.body, { groupId: req.params.id });
    },
  }),
];

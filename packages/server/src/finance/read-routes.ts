import { idSchema } from '@groundwork/core';
import { z } from 'zod';
import { route } from '../http/route.ts';
import { decodeCursor, page, pageQuery } from '../shared/pagination.ts';
import { ownerGroup, readableGroup } from './access.ts';
import { groupsFinance } from './group-finance.ts';
import { loadLoans, positionOf } from './loans.ts';
import { todayIn } from './today.ts';
import { toLoanView, toMeetingView } from './views.ts';

const idParams = z.strictObject({ id: idSchema });

export const financeReadRoutes = [
  route({
    method: 'GET',
    url: '/api/groups/:id/finance',
    summary:
      'The group’s money at a glance: cash, bank, savings, loans, social fund, each member, next meeting',
    tag: 'finance',
    params: idParams,
    async handler(req) {
      const group = await readableGroup(req, req.params.id);
      const db = req.app.database.db;
      const org = await db
        .selectFrom('organisations')
        .selectAll()
        .where('id', '=', req.actor.orgId)
        .executeTakeFirstOrThrow();
      const [finance] = await groupsFinance(db, org, [group], todayIn(org.time_zone));
      return finance;
    },
  }),
  route({
    method: 'GET',
    url: '/api/groups/:id/meetings',
    summary: 'Meetings of the group, newest first',
    tag: 'finance',
    params: idParams,
    query: z.strictObject({ ...pageQuery }),
    async handler(req) {
      const group = await readableGroup(req, req.params.id);
      const after = decodeCursor(req.query.cursor);
      let query = req.app.database.db
        .selectFrom('meetings')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('group_id', '=', group.id);
      if (after) query = query.where('id', '<', after);
      const rows = await query
        .orderBy('id', 'desc')
        .limit(req.query.limit + 1)
        .execute();
      return page(
        rows.map((r) => toMeetingView(r)),
        req.query.limit,
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/meetings/:id',
    summary: 'One meeting with its attendance and entries',
    tag: 'finance',
    params: idParams,
    async handler(req) {
      await ownerGroup(req, 'meetings', req.params.id);
      const db = req.app.database.db;
      const org = req.actor.orgId;
      const [meeting, attendance, entries] = await Promise.all([
        db
          .selectFrom('meetings')
          .selectAll()
          .where('org_id', '=', org)
          .where('id', '=', req.params.id)
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('attendance')
          .select(['person_id', 'status'])
          .where('org_id', '=', org)
          .where('meeting_id', '=', req.params.id)
          .execute(),
        db
          .selectFrom('fin_entries')
          .selectAll()
          .where('org_id', '=', org)
          .where('meeting_id', '=', req.params.id)
          .orderBy('id')
          .execute(),
      ]);
      return {
        ...toMeetingView(meeting),
        attendance: attendance.map((a) => ({ personId: a.person_id, status: a.status })),
        entries: entries.map((e) => ({
          id: e.id,
          kind: e.kind,
          date: e.entry_date,
          personId: e.person_id,
          loanId: e.loan_id,
          amount: Number(e.amount),
          note: e.note,
        })),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/groups/:id/loans',
    summary: 'Loans of the group with where each stands today',
    tag: 'finance',
    params: idParams,
    query: z.strictObject({ status: z.enum(['active', 'repaid', 'written_off', 'cancelled']).optional() }),
    async handler(req) {
      const group = await readableGroup(req, req.params.id);
      const db = req.app.database.db;
      let query = db
        .selectFrom('loan_states')
        .select('loan_id')
        .where('org_id', '=', req.actor.orgId)
        .where('group_id', '=', group.id);
      if (req.query.status) query = query.where('status', '=', req.query.status);
      const ids = (await query.execute()).map((r) => r.loan_id);
      const loans = await loadLoans(db, req.actor.orgId, ids);
      const org = await db
        .selectFrom('organisations')
        .select('time_zone')
        .where('id', '=', req.actor.orgId)
        .executeTakeFirstOrThrow();
      const today = todayIn(org.time_zone);
      const items = [...loans.values()]
        .sort((a, b) => (a.row.disbursed_on < b.row.disbursed_on ? 1 : -1))
        .map((loan) => toLoanView(loan, positionOf(loan, today), false));
      return { items };
    },
  }),
  route({
    method: 'GET',
    url: '/api/loans/:id',
    summary: 'One loan: terms, schedule and where each instalment stands',
    tag: 'finance',
    params: idParams,
    query: z.strictObject({ asOf: z.iso.date().optional() }),
    async handler(req) {
      await ownerGroup(req, 'loans', req.params.id);
      const db = req.app.database.db;
      const loan = (await loadLoans(db, req.actor.orgId, [req.params.id])).get(req.params.id);
      if (!loan) throw new Error('loan vanished');
      const org = await db
        .selectFrom('organisations')
        .select('time_zone')
        .where('id', '=', req.actor.orgId)
        .executeTakeFirstOrThrow();
      return toLoanView(loan, positionOf(loan, req.query.asOf ?? todayIn(org.time_zone)), true);
    },
  }),
  route({
    method: 'GET',
    url: '/api/groups/:id/bank-accounts',
    summary: 'Bank accounts of the group',
    tag: 'finance',
    params: idParams,
    async handler(req) {
      const group = await readableGroup(req, req.params.id);
      const rows = await req.app.database.db
        .selectFrom('bank_accounts')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('group_id', '=', group.id)
        .orderBy('opened_on')
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          bankName: r.bank_name,
          branch: r.branch,
          accountNumberLast4: r.account_number_last4,
          openedOn: r.opened_on,
        })),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/groups/:id/cycles',
    summary: 'Savings cycles of the group and their share-outs',
    tag: 'finance',
    params: idParams,
    async handler(req) {
      const group = await readableGroup(req, req.params.id);
      const db = req.app.database.db;
      const [cycles, shareOuts] = await Promise.all([
        db
          .selectFrom('savings_cycles')
          .selectAll()
          .where('org_id', '=', req.actor.orgId)
          .where('group_id', '=', group.id)
          .orderBy('started_on')
          .execute(),
        db
          .selectFrom('share_outs')
          .selectAll()
          .where('org_id', '=', req.actor.orgId)
          .where('group_id', '=', group.id)
          .execute(),
      ]);
      return {
        items: cycles.map((c) => {
          const s = shareOuts.find((x) => x.cycle_id === c.id);
          return {
            id: c.id,
            startedOn: c.started_on,
            plannedEndOn: c.planned_end_on,
            sharePrice: c.share_price === null ? null : Number(c.share_price),
            shareOut: s ? { id: s.id, heldOn: s.held_on, fund: Number(s.fund), rule: s.rule } : null,
          };
        }),
      };
    },
  }),
];

import { newId } from '@groundwork/core';
import { get, place, send, type Target, type World } from '../../access/matrix-fixture.ts';
import { todayIn } from '../../finance/today.ts';
import { asSystem } from '../../testing/harness.ts';
import type { MatrixPart } from '../matrix.ts';

/** A least-access voucher: it needs no birth or pregnancy record, only her consent, which the fixture gave. */
const voucher = (personId: string, issuedOn: string) => ({
  personId,
  category: 'least_access',
  reason: 'no clinic within a day’s walk',
  service: 'consultation',
  valueMinor: 50_000,
  issuedOn,
  expiresOn: '2099-12-31',
});

const vouchers = new WeakMap<World, Map<Target, string>>();

/** A fresh open voucher of the target's person, for a use or a cancellation. */
async function freshVoucher(w: World, target: Target): Promise<string> {
  const { o, person } = place(w, target);
  const id = newId();
  await asSystem(w.t.database, o.org, [
    { type: 'voucher.issue', payload: { id, ...voucher(person, todayIn(o.org.timeZone)) } },
  ]);
  return id;
}

/** One voucher per world and target, for reading. */
async function voucherOf(w: World, target: Target): Promise<string> {
  const made = vouchers.get(w) ?? new Map<Target, string>();
  vouchers.set(w, made);
  const found = made.get(target);
  if (found) return found;
  const id = await freshVoucher(w, target);
  made.set(target, id);
  return id;
}

const fieldWrite = 'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide 403/403/hide';

/** The access table's rows for subsidised-care vouchers (see `access/matrix.test.ts` for the cells). */
export const vouchersMatrix: MatrixPart = {
  expected: {
    'POST /api/outreach/vouchers':
      'ok/ok/ref ok/ok/ref ok/hide/ref ok/hide/ref 403/403/403 403/403/403 403/403/403',
    'GET /api/outreach/vouchers/report': 'ok ok ok ok 403 ok 403',
    'GET /api/outreach/vouchers': 'ok ok ok ok 403 ok 403',
    'GET /api/outreach/vouchers/:id':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    'POST /api/outreach/vouchers/:id/use': fieldWrite,
    'POST /api/outreach/vouchers/:id/cancel': fieldWrite,
  },
  requests: {
    'POST /api/outreach/vouchers': (w, t) => {
      const { o, person } = place(w, t);
      return send('/api/outreach/vouchers', voucher(person, todayIn(o.org.timeZone)));
    },
    'GET /api/outreach/vouchers/report': () => get('/api/outreach/vouchers/report'),
    'GET /api/outreach/vouchers': () => get('/api/outreach/vouchers'),
    'GET /api/outreach/vouchers/:id': async (w, t) => get(`/api/outreach/vouchers/${await voucherOf(w, t)}`),
    'POST /api/outreach/vouchers/:id/use': async (w, t) => {
      const id = await freshVoucher(w, t);
      const usedOn = todayIn(place(w, t).o.org.timeZone);
      return send(`/api/outreach/vouchers/${id}/use`, { usedOn, facility: 'PHC', amountMinor: 20_000 }, [id]);
    },
    'POST /api/outreach/vouchers/:id/cancel': async (w, t) => {
      const id = await freshVoucher(w, t);
      return send(`/api/outreach/vouchers/${id}/cancel`, { reason: 'issued by mistake' }, [id]);
    },
  },
};

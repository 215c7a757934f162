import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { call, startTestApp, type TestApp } from '../../testing/harness.ts';
import {
  dayFromToday,
  type OutreachFixture,
  outreachFixture,
  type Relief,
  reliefSetup,
} from './test-fixture.ts';

describe.each(testDatabaseKinds())('distribution stock on $name', (kind) => {
  let t: TestApp;
  let f: OutreachFixture;
  let r: Relief;

  const post = (token: string, url: string, payload: unknown) =>
    call(t.app, { method: 'POST', url, token, payload });
  const receive = (item: string, unit: string, quantity: number, movedOn: string, token = f.workerA) =>
    post(token, `/api/outreach/distribution-points/${r.pointA}/stock/receive`, {
      item,
      unit,
      quantity,
      movedOn,
    });
  const adjust = (payload: Record<string, unknown>) =>
    post(f.workerA, `/api/outreach/distribution-points/${r.pointA}/stock/adjust`, {
      item: 'rice',
      unit: 'kg',
      movedOn: dayFromToday(-3),
      ...payload,
    });
  const give = (personId: string, givenOn = dayFromToday(-1)) =>
    post(f.workerA, `/api/outreach/distributions/${r.distributionId}/receipts`, {
      personId,
      givenOn,
      proof: { kind: 'thumbprint' },
    });
  const count = async (table: 'distribution_receipts' | 'stock_movements') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('org_id', '=', f.orgId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const stockOf = async (item: string, date = dayFromToday(0), token = f.coordinator) => {
    const res = await call(t.app, { method: 'GET', url: `/api/outreach/stock?date=${date}`, token });
    expect(res.statusCode).toBe(200);
    return res.json().lines.find((l: { item: string }) => l.item.toLowerCase() === item);
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    f = await outreachFixture(t, 'stock');
    r = await reliefSetup(t, f);
  });
  afterAll(() => t.close());

  it('adds stock up per item whatever its spelling, and balances in against out as on a date', async () => {
    expect((await receive('Rice', 'kg', 20, dayFromToday(-5))).statusCode).toBe(201);
    expect((await receive(' rice ', 'KG', 2, dayFromToday(-4))).statusCode).toBe(201);
    expect((await receive('Oil', 'l', 3, dayFromToday(-5))).statusCode).toBe(201);
    expect((await adjust({ quantity: -2, reason: 'a sack got wet' })).statusCode).toBe(201);
    expect(await stockOf('rice')).toMatchObject({
      pointId: r.pointA,
      unit: 'kg',
      in: 22,
      out: 2,
      balance: 20,
    });
    expect(await stockOf('rice', dayFromToday(-5))).toMatchObject({ in: 20, out: 0, balance: 20 });
    expect(await stockOf('rice', dayFromToday(-6))).toBeUndefined();
    const csv = await call(t.app, {
      method: 'GET',
      url: '/api/outreach/stock?format=csv',
      token: f.coordinator,
    });
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(rows).toEqual([
      'Distribution point,Item,Unit,In,Out,Balance',
      'Satpur community hall,Oil,l,3,0,3',
      'Satpur community hall,Rice,kg,22,2,20',
    ]);
  });

  it('refuses an adjustment of nothing, one without a reason, one below nothing, and a day to come', async () => {
    const before = await count('stock_movements');
    expect((await adjust({ quantity: 0, reason: 'counted' })).json()).toMatchObject({
      code: 'stock.zero_adjustment',
      field: 'quantity',
    });
    expect((await adjust({ quantity: 1 })).json()).toMatchObject({
      code: 'request.invalid',
      field: 'reason',
    });
    const tooMuch = await adjust({ item: 'oil', unit: 'l', quantity: -4, reason: 'leaked' });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json()).toMatchObject({ code: 'stock.insufficient', field: 'quantity' });
    expect(tooMuch.json().detail).toContain('only 3 l of oil');
    const tomorrow = await receive('Oil', 'l', 1, dayFromToday(1));
    expect(tomorrow.json()).toMatchObject({ code: 'stock.in_future', field: 'movedOn' });
    expect(await count('stock_movements')).toBe(before);
  });

  it('takes each kit’s items out of the point’s stock with the receipt', async () => {
    const asha = await f.person({ givenName: 'Asha', areaId: f.areaA });
    expect((await give(asha)).statusCode).toBe(201);
    expect(await stockOf('rice')).toMatchObject({ in: 22, out: 7, balance: 15 });
    expect(await stockOf('oil')).toMatchObject({ in: 3, out: 1, balance: 2 });
    const moved = await t.database.db
      .selectFrom('stock_movements')
      .select(['kind', 'item', 'quantity', 'moved_on'])
      .where('org_id', '=', f.orgId)
      .where('receipt_id', 'is not', null)
      .orderBy('item')
      .execute();
    expect(moved.map((m) => [m.kind, m.item, Number(m.quantity), m.moved_on])).toEqual([
      ['distribution', 'Oil', -1, dayFromToday(-1)],
      ['distribution', 'Rice', -5, dayFromToday(-1)],
    ]);
  });

  it('refuses a kit the point cannot cover, naming the item, and writes nothing', async () => {
    const bina = await f.person({ givenName: 'Bina', areaId: f.areaA });
    const chitra = await f.person({ givenName: 'Chitra', areaId: f.areaA });
    const dipa = await f.person({ givenName: 'Dipa', areaId: f.areaA });
    // The stock arrived five days ago: a kit dated before that cannot have been given.
    const tooEarly = await give(bina, dayFromToday(-6));
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json()).toMatchObject({ code: 'stock.insufficient', field: 'distributionId' });
    expect(tooEarly.json().detail).toContain('Rice');
    expect((await give(bina)).statusCode).toBe(201);
    expect((await give(chitra)).statusCode).toBe(201);
    const receipts = await count('distribution_receipts');
    const movements = await count('stock_movements');
    const short = await give(dipa);
    expect(short.statusCode).toBe(409);
    expect(short.json()).toMatchObject({ code: 'stock.insufficient', field: 'distributionId' });
    expect(short.json().detail).toBe(
      'The point has only 0 l of Oil on that day; 1 l are needed. Nothing was recorded.',
    );
    expect(await count('distribution_receipts')).toBe(receipts);
    expect(await count('stock_movements')).toBe(movements);
    expect(await stockOf('rice')).toMatchObject({ balance: 5 });
    expect(await stockOf('oil')).toMatchObject({ balance: 0 });
    // A kit given later on is still owed its oil: new stock today does not cover a day already short.
    expect((await receive('Oil', 'l', 5, dayFromToday(0))).statusCode).toBe(201);
    expect((await give(dipa, dayFromToday(-1))).json()).toMatchObject({ code: 'stock.insufficient' });
    expect((await give(dipa, dayFromToday(0))).statusCode).toBe(201);
  });

  it('lets only workers of the point’s area move its stock, and only its organisation see it', async () => {
    const before = await count('stock_movements');
    expect((await receive('Oil', 'l', 10, dayFromToday(0), f.workerB)).statusCode).toBe(403);
    expect((await receive('Oil', 'l', 10, dayFromToday(0), f.viewer)).statusCode).toBe(403);
    expect((await receive('Oil', 'l', 10, dayFromToday(0), f.outsider)).statusCode).toBe(404);
    expect(await count('stock_movements')).toBe(before);
    expect(await stockOf('oil', dayFromToday(0), f.workerB)).toBeUndefined();
    expect(await stockOf('oil', dayFromToday(0), f.outsider)).toBeUndefined();
    expect(await stockOf('oil', dayFromToday(0), f.viewer)).toMatchObject({ balance: 4 });
    const other = await call(t.app, {
      method: 'GET',
      url: `/api/outreach/stock?pointId=${r.pointA}`,
      token: f.workerB,
    });
    expect(other.statusCode).toBe(404);
  });
});

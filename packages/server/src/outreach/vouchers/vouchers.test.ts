import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { asSystem, call, startTestApp, type TestApp } from '../../testing/harness.ts';
import {
  dayFromToday,
  type OutreachFixture,
  outreachFixture,
  yearsAgo,
} from '../distributions/test-fixture.ts';

describe.each(testDatabaseKinds())('subsidised-care vouchers on $name', (kind) => {
  let t: TestApp;
  let f: OutreachFixture;
  let child: string;

  const post = (token: string, url: string, payload: unknown) =>
    call(t.app, { method: 'POST', url, token, payload });
  const get = (token: string, url: string) => call(t.app, { method: 'GET', url, token });
  const issue = (token: string, personId: string, extra: Record<string, unknown> = {}) =>
    post(token, '/api/outreach/vouchers', {
      personId,
      category: 'child_under_five',
      service: 'consultation',
      valueMinor: 50_000,
      issuedOn: dayFromToday(-20),
      expiresOn: dayFromToday(40),
      ...extra,
    });
  const voucherCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('vouchers')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('org_id', '=', f.orgId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    f = await outreachFixture(t, 'vouchers');
    child = await f.person({ givenName: 'Anu', areaId: f.areaA, birthDate: yearsAgo(3) });
  });
  afterAll(() => t.close());

  it('issues a voucher to a child under five in the organisation’s currency', async () => {
    const res = await issue(f.workerA, child, { facility: 'Satpur PHC' });
    expect(res.statusCode).toBe(201);
    const voucher = (await get(f.workerA, `/api/outreach/vouchers/${res.json().id}`)).json();
    expect(voucher).toMatchObject({
      personId: child,
      category: 'child_under_five',
      valueMinor: 50_000,
      currency: 'INR',
      facility: 'Satpur PHC',
      status: 'open',
      use: null,
    });
    const wrongCurrency = await issue(f.workerA, child, { currency: 'XOF' });
    expect(wrongCurrency.json()).toMatchObject({ code: 'voucher.currency_mismatch', field: 'currency' });
    const fraction = await issue(f.workerA, child, { valueMinor: 12.5 });
    expect(fraction.json()).toMatchObject({ code: 'request.invalid', field: 'valueMinor' });
    const backwards = await issue(f.workerA, child, { expiresOn: dayFromToday(-20) });
    expect(backwards.json()).toMatchObject({ code: 'voucher.expiry_order', field: 'expiresOn', status: 422 });
  });

  it('refuses a child of six, a child of unknown age, and least access without a reason', async () => {
    const six = await f.person({ givenName: 'Bablu', areaId: f.areaA, birthDate: yearsAgo(6), sex: 'male' });
    const before = await voucherCount();
    const refused = await issue(f.workerA, six);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'voucher.not_under_five', field: 'category' });
    expect(refused.json().detail).toContain('not under five');
    const unknownAge = await f.person({ givenName: 'Chotu', areaId: f.areaA, sex: 'male' });
    expect((await issue(f.workerA, unknownAge)).json()).toMatchObject({ code: 'voucher.birth_unknown' });
    const noReason = await issue(f.workerA, six, { category: 'least_access' });
    expect(noReason.json()).toMatchObject({ code: 'voucher.reason_required', field: 'reason', status: 422 });
    expect(await voucherCount()).toBe(before);
    const withReason = await issue(f.workerA, six, {
      category: 'least_access',
      reason: 'no road to the clinic',
    });
    expect(withReason.statusCode).toBe(201);
  });

  it('gives a pregnant-woman voucher only for a current pregnancy', async () => {
    const woman = await f.person({ givenName: 'Deepa', areaId: f.areaA, birthDate: '1996-04-01' });
    const before = await voucherCount();
    const none = await issue(f.workerA, woman, { category: 'pregnant_woman', service: 'delivery' });
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'voucher.not_pregnant', field: 'category' });
    expect(await voucherCount()).toBe(before);
    const [pregnancy] = await asSystem(t.database, f.org, [
      {
        type: 'pregnancy.register',
        payload: { personId: woman, registeredOn: dayFromToday(-60), expectedDeliveryOn: dayFromToday(150) },
      },
    ]);
    const pregnant = await issue(f.workerA, woman, { category: 'pregnant_woman', service: 'delivery' });
    expect(pregnant.statusCode).toBe(201);
    await asSystem(t.database, f.org, [
      {
        type: 'pregnancy.close',
        payload: { pregnancyId: pregnancy!.id, closedOn: dayFromToday(-1), reason: 'miscarriage' },
      },
    ]);
    const closed = await issue(f.workerA, woman, { category: 'pregnant_woman', service: 'medicines' });
    expect(closed.json()).toMatchObject({ code: 'voucher.not_pregnant' });
  });

  it('is used once, within its dates and value; a cancelled voucher cannot be used', async () => {
    const id = (await issue(f.workerA, child, { valueMinor: 20_000 })).json().id;
    const use = (payload: Record<string, unknown>) =>
      post(f.workerA, `/api/outreach/vouchers/${id}/use`, {
        usedOn: dayFromToday(-5),
        facility: 'Satpur PHC',
        amountMinor: 15_000,
        ...payload,
      });
    const tooMuch = await use({ amountMinor: 20_001 });
    expect(tooMuch.json()).toMatchObject({ code: 'voucher.amount_exceeds_value', field: 'amountMinor' });
    expect(tooMuch.json().detail).toBe('This voucher is worth ₹200.00; ₹200.01 is more than that.');
    const early = await use({ usedOn: dayFromToday(-21) });
    expect(early.json()).toMatchObject({ code: 'voucher.used_before_issue', field: 'usedOn' });
    expect((await use({})).statusCode).toBe(201);
    const twice = await use({ usedOn: dayFromToday(-1) });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'voucher.already_used' });
    const voucher = (await get(f.workerA, `/api/outreach/vouchers/${id}`)).json();
    expect(voucher).toMatchObject({ status: 'used', use: { amountMinor: 15_000, facility: 'Satpur PHC' } });
    expect(
      (await post(f.workerA, `/api/outreach/vouchers/${id}/cancel`, { reason: 'issued twice' })).statusCode,
    ).toBe(409);

    const other = (await issue(f.workerA, child)).json().id;
    expect(
      (await post(f.workerA, `/api/outreach/vouchers/${other}/cancel`, { reason: 'issued twice' }))
        .statusCode,
    ).toBe(201);
    const afterCancel = await post(f.workerA, `/api/outreach/vouchers/${other}/use`, {
      usedOn: dayFromToday(-1),
      facility: 'Satpur PHC',
      amountMinor: 100,
    });
    expect(afterCancel.json()).toMatchObject({ code: 'voucher.cancelled', status: 409 });
  });

  it('refuses an expired voucher', async () => {
    const id = (
      await issue(f.workerA, child, { issuedOn: dayFromToday(-40), expiresOn: dayFromToday(-10) })
    ).json().id;
    expect((await get(f.workerA, `/api/outreach/vouchers/${id}`)).json().status).toBe('expired');
    const late = await post(f.workerA, `/api/outreach/vouchers/${id}/use`, {
      usedOn: dayFromToday(-5),
      facility: 'Satpur PHC',
      amountMinor: 100,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'voucher.expired', field: 'usedOn' });
    const listed = (await get(f.workerA, '/api/outreach/vouchers?status=expired')).json().items;
    expect(listed.map((v: { id: string }) => v.id)).toEqual([id]);
  });

  it('needs consent, her area, and her organisation', async () => {
    const noConsent = await f.person({
      givenName: 'Esha',
      areaId: f.areaA,
      birthDate: yearsAgo(1),
      consent: false,
    });
    const refused = await issue(f.workerA, noConsent);
    expect(refused.json()).toMatchObject({
      code: 'outreach.consent_required',
      field: 'personId',
      status: 422,
    });
    const before = await voucherCount();
    expect((await issue(f.workerB, child)).statusCode).toBe(403);
    expect((await issue(f.viewer, child)).statusCode).toBe(403);
    expect((await issue(f.outsider, child)).json()).toMatchObject({
      code: 'reference.not_found',
      field: 'personId',
    });
    expect(await voucherCount()).toBe(before);
    const id = (await issue(f.workerA, child)).json().id;
    expect((await get(f.workerB, `/api/outreach/vouchers/${id}`)).statusCode).toBe(404);
    expect((await get(f.outsider, `/api/outreach/vouchers/${id}`)).statusCode).toBe(404);
    expect((await get(f.workerB, '/api/outreach/vouchers')).json().items).toEqual([]);
    const use = { usedOn: dayFromToday(-1), facility: 'PHC', amountMinor: 100 };
    expect((await post(f.outsider, `/api/outreach/vouchers/${id}/use`, use)).statusCode).toBe(404);
    expect((await post(f.workerB, `/api/outreach/vouchers/${id}/use`, use)).statusCode).toBe(403);
    expect((await get(f.workerA, `/api/outreach/vouchers/${id}`)).json().status).toBe('open');
  });
});

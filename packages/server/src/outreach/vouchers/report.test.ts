import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { call, startTestApp, type TestApp } from '../../testing/harness.ts';
import {
  dayFromToday,
  type OutreachFixture,
  outreachFixture,
  yearsAgo,
} from '../distributions/test-fixture.ts';

describe.each(testDatabaseKinds())('the voucher report on $name', (kind) => {
  let t: TestApp;
  let f: OutreachFixture;

  beforeAll(async () => {
    t = await startTestApp(kind);
    f = await outreachFixture(t, 'voucher-report');
  });
  afterAll(() => t.close());

  it('counts vouchers issued, used, expired and cancelled, and their value, per month and category', async () => {
    const child = await f.person({ givenName: 'Anu', areaId: f.areaA, birthDate: yearsAgo(2) });
    const adult = await f.person({ givenName: 'Bela', areaId: f.areaA, birthDate: '1980-01-01' });
    const issue = async (personId: string, extra: Record<string, unknown>) => {
      const res = await call(t.app, {
        method: 'POST',
        url: '/api/outreach/vouchers',
        token: f.coordinator,
        payload: { personId, category: 'child_under_five', service: 'consultation', ...extra },
      });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    const act = (id: string, what: 'use' | 'cancel', payload: Record<string, unknown>) =>
      call(t.app, {
        method: 'POST',
        url: `/api/outreach/vouchers/${id}/${what}`,
        token: f.coordinator,
        payload,
      });
    const early = dayFromToday(-40);
    const late = dayFromToday(-2);
    await issue(child, { valueMinor: 50_000, issuedOn: early, expiresOn: dayFromToday(-10) });
    const used = await issue(child, { valueMinor: 30_000, issuedOn: early, expiresOn: dayFromToday(20) });
    expect(
      (await act(used, 'use', { usedOn: dayFromToday(-30), facility: 'PHC', amountMinor: 20_000 }))
        .statusCode,
    ).toBe(201);
    const least = {
      category: 'least_access',
      reason: 'lives far from any clinic',
      issuedOn: late,
      expiresOn: dayFromToday(30),
    };
    const cancelled = await issue(adult, { ...least, valueMinor: 10_000 });
    expect((await act(cancelled, 'cancel', { reason: 'moved away' })).statusCode).toBe(201);
    await issue(adult, { ...least, valueMinor: 15_000 });

    const report = (
      await call(t.app, {
        method: 'GET',
        url: `/api/outreach/vouchers/report?from=${early}`,
        token: f.coordinator,
      })
    ).json();
    expect(report.currency).toBe('INR');
    expect(report.totals.child_under_five).toEqual({
      issued: 2,
      used: 1,
      expired: 1,
      cancelled: 0,
      valueIssued: 80_000,
      valueUsed: 20_000,
    });
    expect(report.totals.least_access).toEqual({
      issued: 2,
      used: 0,
      expired: 0,
      cancelled: 1,
      valueIssued: 15_000,
      valueUsed: 0,
    });
    expect(report.totals.pregnant_woman.issued).toBe(0);
    expect(report.totals.all).toMatchObject({ issued: 4, valueIssued: 95_000, valueUsed: 20_000 });
    expect(report.lines).toContainEqual(
      expect.objectContaining({ month: early.slice(0, 7), category: 'child_under_five', issued: 2 }),
    );
    expect(report.lines).toContainEqual(
      expect.objectContaining({ month: late.slice(0, 7), category: 'least_access', issued: 2, cancelled: 1 }),
    );

    const csv = await call(t.app, {
      method: 'GET',
      url: `/api/outreach/vouchers/report?from=${early}&format=csv`,
      token: f.coordinator,
    });
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(rows[0]).toBe(
      'Month issued,Category,Issued,Used,Expired unused,Cancelled,Value issued (not cancelled),Value used',
    );
    expect(rows.at(-1)).toBe('Total,All categories,4,1,1,1,950.00,200.00');
    const html = await call(t.app, {
      method: 'GET',
      url: `/api/outreach/vouchers/report?from=${early}&format=html`,
      token: f.coordinator,
      headers: { 'accept-language': 'hi' },
    });
    expect(html.body).toContain('रियायती इलाज के वाउचर');
    expect(html.body).toContain('₹950.00');

    const scoped = (
      await call(t.app, {
        method: 'GET',
        url: `/api/outreach/vouchers/report?from=${early}`,
        token: f.workerB,
      })
    ).json();
    expect(scoped.totals.all.issued).toBe(0);
    const outsider = (
      await call(t.app, { method: 'GET', url: '/api/outreach/vouchers/report', token: f.outsider })
    ).json();
    expect(outsider.lines).toEqual([]);
    const backwards = await call(t.app, {
      method: 'GET',
      url: `/api/outreach/vouchers/report?from=${dayFromToday(0)}&to=${early}`,
      token: f.coordinator,
    });
    expect(backwards.json()).toMatchObject({ code: 'report.date_range', field: 'from' });
  });
});

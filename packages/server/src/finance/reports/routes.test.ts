import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import type { Organisation } from '../../orgs/organisations.ts';
import {
  asSystem,
  call,
  login,
  makeOrg,
  makeUser,
  startTestApp,
  type TestApp,
} from '../../testing/harness.ts';
import { allPresent, type FinanceGroup, makeFinanceGroup, trySystem } from '../testing.ts';

/** Three members save ₹50,000 each at the first meeting: ₹1,50,000 in the cash box, which en-IN writes in lakhs. */
describe.each(testDatabaseKinds())('report routes on $name', (kind) => {
  let t: TestApp;
  let org: Organisation;
  let g: FinanceGroup;
  let admin: string;

  const get = (url: string, token = admin, headers: Record<string, string> = {}) =>
    call(t.app, { method: 'GET', url, token, headers });

  beforeAll(async () => {
    t = await startTestApp(kind);
    org = await makeOrg(t.database, 'report-routes');
    g = await makeFinanceGroup(t.database, org, { size: 3, name: 'Lakshmi <Mahila> SHG' });
    const r = await trySystem(t.database, org, 'meeting.record', {
      groupId: g.groupId,
      heldOn: '2025-01-13',
      attendance: allPresent(g.members),
      savings: g.members.map((personId) => ({ personId, amount: 5_000_000 })),
    });
    expect(r.error).toBeUndefined();
    await makeUser(t.database, org, 'report-admin', 'admin');
    admin = await login(t.app, 'report-admin');
  });
  afterAll(() => t.close());

  it('answers JSON by default, amounts in minor units with the currency', async () => {
    const res = await get(`/api/groups/${g.groupId}/reports/cash-book?to=2025-01-31`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      report: 'cash-book',
      currency: 'INR',
      from: '2025-01-06',
      to: '2025-01-31',
      opening: 0,
      closing: 15_000_000,
    });
    const book = await get(`/api/groups/${g.groupId}/passbook/${g.members[0]}`);
    expect(book.statusCode).toBe(200);
    expect(book.json().closing).toEqual({ savings: 5_000_000, loans: 0, fines: 0, socialFund: 0 });
  });

  it('gives a CSV file with Hindi headers to a Hindi reader, amounts in rupees', async () => {
    const res = await get(`/api/groups/${g.groupId}/reports/cash-book?format=csv&to=2025-01-31`, admin, {
      'accept-language': 'hi',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="cash-book_2025-01-06_2025-01-31.csv"',
    );
    const lines = res.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('तारीख,विवरण,सदस्य,टिप्पणी,आया,गया,बाकी');
    expect(lines.at(-1)).toBe('2025-01-31,आखिरी बाकी,,,,,150000.00');
  });

  it('prints the passbook and the books as a page in the reader’s language', async () => {
    const res = await get(`/api/groups/${g.groupId}/reports/cash-book?format=html&to=2025-01-31`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(res.body).toMatch(/^<!doctype html><html lang="en">/);
    expect(res.body).toContain('1,50,000.00');
    expect(res.body).toContain('Lakshmi &lt;Mahila&gt; SHG');
    const fr = await get(`/api/groups/${g.groupId}/passbook/${g.members[1]}?format=html`, admin, {
      'accept-language': 'fr',
    });
    expect(fr.body).toContain('<html lang="fr">');
    expect(fr.body).toContain('<h1>Carnet du membre</h1>');
    expect(fr.body).toContain('13 janv. 2025');
    for (const report of [
      'bank-book',
      'loan-ledger',
      'trial-balance',
      'balance-sheet',
      'income-expenditure',
    ]) {
      const page = await get(`/api/groups/${g.groupId}/reports/${report}?format=html`, admin, {
        'accept-language': 'mr',
      });
      expect(page.statusCode, report).toBe(200);
      expect(page.body, report).toContain('<html lang="mr">');
    }
    const reconciliation = await get(
      `/api/groups/${g.groupId}/bank-accounts/${g.bankAccountId}/reconciliation?format=html&date=2025-03-31`,
    );
    expect(reconciliation.body).toContain('No bank statement has been recorded for this account');
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await get(`/api/groups/${g.groupId}/reports/trial-balance?from=2025-03-01&to=2025-02-01`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'report.date_range', field: 'from' });
  });

  it('finds no group of another organisation, nor one outside a field worker’s area', async () => {
    const stranger = await makeOrg(t.database, 'report-stranger');
    await makeUser(t.database, stranger, 'stranger-admin', 'admin');
    const strangerToken = await login(t.app, 'stranger-admin');
    const foreign = await get(`/api/groups/${g.groupId}/reports/balance-sheet`, strangerToken);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('resource.not_found');

    const [{ id: elsewhere }] = (await asSystem(t.database, org, [
      { type: 'area.create', payload: { name: 'Another ward', kind: 'ward' } },
    ])) as [{ id: string }];
    await makeUser(t.database, org, 'report-worker', 'field_worker', { areaIds: [elsewhere] });
    const worker = await login(t.app, 'report-worker');
    for (const url of [
      `/api/groups/${g.groupId}/reports/cash-book`,
      `/api/groups/${g.groupId}/passbook/${g.members[0]}`,
      `/api/groups/${g.groupId}/bank-accounts/${g.bankAccountId}/reconciliation`,
    ]) {
      const res = await get(url, worker);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code, url).toBe('resource.not_found');
    }
    await makeUser(t.database, org, 'report-local', 'field_worker', { areaIds: [g.areaId] });
    const local = await login(t.app, 'report-local');
    expect((await get(`/api/groups/${g.groupId}/reports/cash-book`, local)).statusCode).toBe(200);
  });

  it('has no passbook for a non-member and no reconciliation for a bank account of another group', async () => {
    const other = await makeFinanceGroup(t.database, org, { size: 1 });
    const passbook = await get(`/api/groups/${g.groupId}/passbook/${other.members[0]}`);
    expect(passbook.statusCode).toBe(404);
    const bank = await get(`/api/groups/${g.groupId}/bank-accounts/${other.bankAccountId}/reconciliation`);
    expect(bank.statusCode).toBe(404);
    const unknown = await get(`/api/groups/${g.groupId}/reports/cash-book?colour=blue`);
    expect(unknown.statusCode).toBe(422);
  });
});

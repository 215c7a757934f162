import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WebKey } from '../../../web/src/i18n/catalogues/en.ts';
import { lastTwelveMonths } from '../../../web/src/outreach-dashboard/period.ts';
import { loadConfig } from '../config.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { todayIn } from '../finance/today.ts';
import { call, login, startTestApp, type TestApp, testPassword } from '../testing/harness.ts';
import { a11yProblems } from './a11y.ts';
import { launchChromium, phone, screenshots, skipBrowserTests } from './chromium.ts';
import { message } from './messages.ts';
import { makeOutreachWorld } from './outreach-dashboard-world.ts';

/** Waits are for what the screen shows, never for time; a loaded two-core machine takes its while. */
const shown = { timeout: 30_000 };
const slow = 60_000;
const desktop = { width: 1280, height: 900 };
const say = (key: WebKey, params?: Record<string, string | number>) => message('en', key, params);

/** A share as the screen writes it in Indian English: basis points 5714 are "57.1%". */
const percent = (bps: number | null) =>
  bps === null
    ? '–'
    : new Intl.NumberFormat('en-IN', { style: 'percent', maximumFractionDigits: 1 }).format(bps / 10_000);

interface Cell {
  target: number;
  atLeastOneDose: number;
  fullyVaccinated: number;
  atLeastOneDoseShare: number | null;
  fullyVaccinatedShare: number | null;
}

/** A date as the screen writes it: "2 Dec 2026". */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The rows of a table as text: the heading cell, then each figure. */
async function rowsOf(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

/**
 * A coordinator opens the outreach screen on a laptop, against the real server on a fresh database with
 * a little outreach made through the API: the figures in each chart's table are the API's own.
 */
describe.skipIf(skipBrowserTests()).each(testDatabaseKinds())(
  'the coordinator’s outreach screen on $name',
  (kind) => {
    let t: TestApp;
    let browser: Browser;
    let page: Page;
    let base: string;
    let token: string;
    let districtId: string;
    const today = todayIn('Asia/Kolkata');
    const pageErrors: string[] = [];

    const api = async <T>(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<T> => {
      const res = await call(t.app, { method, url, token, ...(payload === undefined ? {} : { payload }) });
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
      return res.json() as T;
    };

    beforeAll(async () => {
      t = await startApp();
      ({ districtId, token } = await makeOutreachWorld(t, today));
      browser = await launchChromium();
      const context = await browser.newContext({
        viewport: desktop,
        locale: 'en-IN',
        timezoneId: 'Asia/Kolkata',
      });
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(String(error)));
    }, slow);

    beforeEach(({ task, onTestFailed }) => {
      onTestFailed(async () => {
        const file = `outreach-dashboard-${kind.name}-failed-${task.name.replace(/\W+/g, '-')}.png`;
        await page?.screenshot({ path: resolve(screenshots, file), fullPage: true });
        console.error(`${task.name}: screen kept in test-results/${file}`);
      });
    });

    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    async function startApp(): Promise<TestApp> {
      const app = await startTestApp(kind, { GROUNDWORK_WEB_DIR: loadConfig({}).webDir });
      await app.app.listen({ host: '127.0.0.1', port: 0 });
      base = `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`;
      return app;
    }

    const chartTable = (title: string) => page.getByRole('table', { name: title, exact: true });

    it(
      'shows coverage by area with the API’s figures',
      async () => {
        await page.goto(`${base}/`);
        await page.getByLabel(say('login.username')).fill('coordinator@outreach-dash');
        await page.getByLabel(say('login.password')).fill(testPassword);
        await page.getByRole('button', { name: say('login.submit') }).click();
        await page.getByRole('link', { name: say('outreach_dashboard.nav') }).click();
        await page.getByRole('heading', { level: 1, name: say('outreach_dashboard.title') }).waitFor(shown);
        expect(await page.getByLabel(say('outreach_dashboard.area')).inputValue()).toBe(districtId);

        const coverage = await api<{
          vaccines: {
            vaccine: { name: string };
            total: {
              target: number;
              atLeastOneDoseShare: number | null;
              fullyVaccinatedShare: number | null;
            };
            areas: {
              name: string;
              atLeastOneDoseShare: number | null;
              fullyVaccinatedShare: number | null;
            }[];
            bySexAndAge: (Cell & { sex: string; ageBand: string })[];
          }[];
        }>('GET', `/api/outreach/coverage?areaId=${districtId}`);
        const covishield = coverage.vaccines[0]!;
        const table = chartTable(say('outreach_dashboard.coverage.chart', { vaccine: 'Covishield' }));
        await table.waitFor({ ...shown, state: 'attached' });
        expect(await rowsOf(table)).toEqual([
          [
            say('outreach_dashboard.coverage.whole', { area: 'Nashik' }),
            percent(covishield.total.atLeastOneDoseShare),
            percent(covishield.total.fullyVaccinatedShare),
          ],
          ...covishield.areas.map((a) => [
            a.name,
            percent(a.atLeastOneDoseShare),
            percent(a.fullyVaccinatedShare),
          ]),
        ]);
        // Five people, three with a dose, one with both: the arithmetic the chart stands on.
        expect(covishield.total).toMatchObject({
          target: 5,
          atLeastOneDoseShare: 6000,
          fullyVaccinatedShare: 2000,
        });
        expect(await page.locator('.outreach-panel canvas').count()).toBeGreaterThanOrEqual(3);
        const bySexAndAge = page.getByRole('table', { name: say('outreach_dashboard.coverage.by_sex_age') });
        const band = (b: string) => (b === '60+' ? '60_plus' : b.replace('-', '_'));
        const countShare = (count: number, share: number | null) =>
          say('outreach_dashboard.coverage.count_share', { count, share: percent(share) });
        expect(await rowsOf(bySexAndAge)).toEqual(
          covishield.bySexAndAge.map((c) => [
            say(`outreach_dashboard.sex.${c.sex}` as WebKey) +
              say(`outreach_dashboard.age.${band(c.ageBand)}` as WebKey),
            String(c.target),
            countShare(c.atLeastOneDose, c.atLeastOneDoseShare),
            countShare(c.fullyVaccinated, c.fullyVaccinatedShare),
          ]),
        );
      },
      slow,
    );

    it(
      'shows the hesitancy funnel and the reasons as the API counts them',
      async () => {
        const query = `areaId=${districtId}`;
        const funnel = await api<{
          rows: { visited: number; counselled: number; agreed: number; vaccinated: number }[];
        }>('GET', `/api/outreach/hesitancy/funnel?${query}`);
        const row = funnel.rows[0]!;
        expect(row).toMatchObject({ visited: 2, counselled: 1, agreed: 1, vaccinated: 0 });
        const table = chartTable(say('outreach_dashboard.hesitancy.funnel'));
        await table.waitFor({ ...shown, state: 'attached' });
        expect(await rowsOf(table)).toEqual([
          [say('outreach_dashboard.stage.visited'), String(row.visited)],
          [say('outreach_dashboard.stage.counselled'), String(row.counselled)],
          [say('outreach_dashboard.stage.agreed'), String(row.agreed)],
          [say('outreach_dashboard.stage.vaccinated'), String(row.vaccinated)],
        ]);
        const reasons = await api<{ months: { month: string; reasons: Record<string, number> }[] }>(
          'GET',
          `/api/outreach/hesitancy/reasons?${query}`,
        );
        const given = ['fear_of_side_effects', 'rumours', 'loss_of_wages'] as const;
        const reasonTable = chartTable(say('outreach_dashboard.hesitancy.reasons'));
        const headings = await reasonTable.locator('thead th').allTextContents();
        expect(headings).toEqual(given.map((r) => say(`outreach_dashboard.reason.${r}`)));
        const rows = await rowsOf(reasonTable);
        expect(rows.map((r) => r.slice(1))).toEqual(
          reasons.months.map((m) => given.map((r) => String(m.reasons[r] ?? 0))),
        );
      },
      slow,
    );

    it(
      'lists each worker’s overdue and due-today tasks, sortable by overdue',
      async () => {
        const byWorker = await api<{
          workers: { username: string; totals: { overdue: number; dueToday: number } }[];
        }>('GET', '/api/outreach/tasks/by-worker');
        const counts = Object.fromEntries(byWorker.workers.map((w) => [w.username, w.totals]));
        // Meena's second dose is late on Sunita's list, and Gopal's follow-up on Rekha's; Ravi's is today.
        expect(counts['sunita@outreach-dash']?.overdue).toBeGreaterThanOrEqual(1);
        expect(counts['sunita@outreach-dash']?.dueToday).toBeGreaterThanOrEqual(1);
        expect(counts['rekha@outreach-dash']?.overdue).toBeGreaterThanOrEqual(1);
        expect(counts['kamala@outreach-dash']).toEqual({ overdue: 0, dueToday: 0 });
        const table = page.getByRole('table', { name: say('outreach_dashboard.workers.title') });
        await table.waitFor(shown);
        const shownRows = async () =>
          (await rowsOf(table)).map((r) => [r[0]!.replace(/(Field|Health) worker$/, ''), r[1], r[2]]);
        const figures = byWorker.workers.map((w) => [
          w.username,
          String(w.totals.overdue),
          String(w.totals.dueToday),
        ]);
        const mostOverdueFirst = await shownRows();
        expect([...mostOverdueFirst].sort()).toEqual([...figures].sort());
        const overdueColumn = (rows: (string | undefined)[][]) => rows.map((r) => Number(r[1]));
        expect(overdueColumn(mostOverdueFirst)).toEqual(
          overdueColumn(mostOverdueFirst).sort((a, b) => b - a),
        );
        const overdue = table.getByRole('columnheader', {
          name: say('outreach_dashboard.workers.overdue'),
          exact: true,
        });
        expect(await overdue.getAttribute('aria-sort')).toBe('descending');
        await overdue.getByRole('button').click();
        expect(await overdue.getAttribute('aria-sort')).toBe('ascending');
        const leastOverdueFirst = await shownRows();
        expect(leastOverdueFirst[0]?.[0]).toBe('kamala@outreach-dash');
        expect(overdueColumn(leastOverdueFirst)).toEqual(
          overdueColumn(leastOverdueFirst).sort((a, b) => a - b),
        );
      },
      slow,
    );

    it(
      'shows the facility-delivery share month by month as the API gives it',
      async () => {
        const months = lastTwelveMonths(today);
        const report = await api<{
          byMonth: { month: string; deliveries: number; facilityShareBps: number | null }[];
          total: { deliveries: number; facility: number };
        }>('GET', `/api/outreach/deliveries?areaId=${districtId}&from=${months.from}&to=${months.to}`);
        expect(report.total).toMatchObject({ deliveries: 2, facility: 1 });
        const table = chartTable(say('outreach_dashboard.deliveries.chart'));
        await table.waitFor({ ...shown, state: 'attached' });
        const month = (m: string) =>
          new Intl.DateTimeFormat('en-IN', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
            new Date(`${m}-01T00:00:00Z`),
          );
        expect(await rowsOf(table)).toEqual(
          report.byMonth.map((m) => [month(m.month), percent(m.facilityShareBps)]),
        );
      },
      slow,
    );

    it(
      'shows the stock left at each point and the vouchers issued and used',
      async () => {
        const stock = await api<{
          lines: {
            pointName: string;
            item: string;
            unit: string;
            in: number;
            out: number;
            balance: number;
          }[];
        }>('GET', '/api/outreach/stock');
        expect(stock.lines).toMatchObject([
          { pointName: 'Satpur school', item: 'Rice', in: 250, balance: 250 },
        ]);
        const stockTable = page.getByRole('table', {
          name: say('outreach_dashboard.stock.title', { date: longDate(today) }),
        });
        await stockTable.waitFor(shown);
        expect(await rowsOf(stockTable)).toEqual(
          stock.lines.map((l) => [
            l.pointName + say('outreach_dashboard.stock.item', { item: l.item, unit: l.unit }),
            String(l.in),
            String(l.out),
            String(l.balance),
          ]),
        );
        const months = lastTwelveMonths(today);
        const vouchers = await api<{
          totals: Record<string, { issued: number; used: number; valueIssued: number; valueUsed: number }>;
        }>('GET', `/api/outreach/vouchers/report?from=${months.from}&to=${months.to}`);
        const leastAccess = vouchers.totals.least_access!;
        expect(leastAccess).toMatchObject({ issued: 1, used: 1, valueIssued: 50000, valueUsed: 45000 });
        const chart = chartTable(say('outreach_dashboard.vouchers.title'));
        await chart.waitFor({ ...shown, state: 'attached' });
        expect(await rowsOf(chart)).toEqual([
          [
            say('outreach_dashboard.vouchers.least_access'),
            String(leastAccess.issued),
            String(leastAccess.used),
          ],
        ]);
        const values = page.getByRole('table', { name: say('outreach_dashboard.vouchers.values') });
        const rupees = (minor: number) =>
          new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(minor / 100);
        expect((await rowsOf(values))[0]).toEqual([
          say('outreach_dashboard.vouchers.least_access'),
          rupees(leastAccess.valueIssued),
          rupees(leastAccess.valueUsed),
          '0',
        ]);
      },
      slow,
    );

    it(
      'is accessible',
      async () => {
        expect(await a11yProblems(page)).toEqual([]);
        await page.screenshot({ path: resolve(screenshots, 'outreach-dashboard-1280.png'), fullPage: true });
      },
      slow,
    );

    it(
      'keeps each panel’s last copy, with its date, for when the network is gone',
      async () => {
        const area = page.getByLabel(say('outreach_dashboard.area'));
        const offlineCopies = page.locator('.outreach-panel [role=status]').filter({ hasText: /^Offline/ });
        await page.context().setOffline(true);
        try {
          // A ward never opened before has no copy: the panels say a connection is needed.
          await area.selectOption({ label: 'Satpur' });
          await page
            .locator('.outreach-panel [role=alert]')
            .filter({ hasText: say('coordinator.needs_connection') })
            .first()
            .waitFor(shown);
          await area.selectOption({ label: 'Nashik' });
          await offlineCopies.nth(2).waitFor(shown);
          // Coverage, hesitancy and deliveries, each from the copy kept a moment ago; the tasks per worker,
          // which do not depend on the area, stay as they were loaded.
          expect(await offlineCopies.count()).toBe(3);
          const table = chartTable(say('outreach_dashboard.coverage.chart', { vaccine: 'Covishield' }));
          expect((await rowsOf(table))[0]?.[1]).toBe(percent(6000));
        } finally {
          await page.context().setOffline(false);
        }
      },
      slow,
    );

    it(
      'fits a 360 px phone too, for a coordinator away from her desk',
      async () => {
        await page.setViewportSize(phone);
        await chartTable(say('outreach_dashboard.coverage.chart', { vaccine: 'Covishield' })).waitFor({
          ...shown,
          state: 'attached',
        });
        expect(await a11yProblems(page)).toEqual([]);
        await page.screenshot({
          path: resolve(screenshots, 'outreach-dashboard-360x640.png'),
          fullPage: true,
        });
      },
      slow,
    );

    it(
      'shows a viewer the server’s refusal of the workers’ lists, and the rest of the screen',
      async () => {
        const viewerToken = await login(t.app, 'viewer@outreach-dash');
        const refused = await call(t.app, {
          method: 'GET',
          url: '/api/outreach/tasks/by-worker',
          token: viewerToken,
        });
        expect(refused.statusCode).toBe(403);
        const viewer = await browser.newContext({
          viewport: desktop,
          locale: 'en-IN',
          timezoneId: 'Asia/Kolkata',
        });
        try {
          const p = await viewer.newPage();
          p.on('pageerror', (error) => pageErrors.push(String(error)));
          await p.goto(`${base}/`);
          await p.getByLabel(say('login.username')).fill('viewer@outreach-dash');
          await p.getByLabel(say('login.password')).fill(testPassword);
          await p.getByRole('button', { name: say('login.submit') }).click();
          await p.getByRole('link', { name: say('outreach_dashboard.nav') }).click();
          const workers = p.getByRole('region', { name: say('outreach_dashboard.workers.title') });
          await workers.getByRole('alert').filter({ hasText: refused.json().detail }).waitFor(shown);
          expect(await workers.getByRole('table').count()).toBe(0);
          await p
            .getByRole('table', { name: say('outreach_dashboard.coverage.chart', { vaccine: 'Covishield' }) })
            .waitFor({ ...shown, state: 'attached' });
        } finally {
          await viewer.close();
        }
      },
      slow,
    );

    it('threw no error in the page', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);

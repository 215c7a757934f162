import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { addDays, translate } from '@groundwork/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WebKey } from '../../../web/src/i18n/catalogues/en.ts';
import { loadConfig } from '../config.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { todayIn } from '../finance/today.ts';
import {
  asSystem,
  call,
  login,
  makeOrg,
  makeUser,
  startTestApp,
  type TestApp,
  testPassword,
} from '../testing/harness.ts';
import { a11yProblems } from './a11y.ts';
import { launchChromium, phone, screenshots, skipBrowserTests } from './chromium.ts';
import { message } from './messages.ts';

/** Waits are for what the screen shows, never for time; a loaded two-core machine takes its while. */
const shown = { timeout: 30_000 };
const slow = 120_000;
const say = (key: WebKey, params?: Record<string, string | number>) => message('en', key, params);

/** A date as the app writes it for an English reader in India. */
const asShown = (date: string) =>
  new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/**
 * A health worker on a 360×640 phone, against the real server on a fresh database: offline, she
 * registers a woman with her consent, records a hesitancy visit and then dose 1 of a 2-dose vaccine,
 * has dose 2 refused on the phone as too soon, and sees the dose-2 task with its due date in Today's
 * tasks; back online, the outbox drains and the API holds the person, the visit and the dose.
 */
describe.skipIf(skipBrowserTests())('the outreach screens in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  let personId: string;
  const today = todayIn('Asia/Kolkata');
  const visitedOn = addDays(today, -30);
  const nextVisitOn = addDays(today, -23);
  const firstDoseOn = addDays(today, -25);
  const interval = 28;
  const secondDoseDue = addDays(firstDoseOn, interval);
  const vaccine = 'Typhoid conjugate';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(testDatabaseKinds()[0]!, { GROUNDWORK_WEB_DIR: loadConfig({}).webDir });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const org = await makeOrg(t.database, 'outreach-e2e', { timeZone: 'Asia/Kolkata' });
    const [ward] = await asSystem(t.database, org, [
      { type: 'area.create', payload: { name: 'Satpur', kind: 'ward' } },
    ]);
    await makeUser(t.database, org, 'asha@outreach-e2e', 'health_worker', { areaIds: [ward!.id] });
    await makeUser(t.database, org, 'admin@outreach-e2e', 'admin');
    token = await login(t.app, 'admin@outreach-e2e');
    const defined = await call(t.app, {
      method: 'POST',
      url: '/api/outreach/vaccines',
      token,
      payload: { name: vaccine, code: 'TCV', dosesInSeries: 2, minIntervalDays: interval },
    });
    expect(defined.statusCode, defined.body).toBeLessThan(300);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: phone, locale: 'en-IN', timezoneId: 'Asia/Kolkata' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });

  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      const file = `outreach-failed-${task.name.replace(/\W+/g, '-')}.png`;
      await page?.screenshot({ path: resolve(screenshots, file), fullPage: true });
      console.error(
        `${task.name}: screen kept in test-results/${file}\n${await page?.locator('body').ariaSnapshot()}`,
      );
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const snap = (name: string) =>
    page.screenshot({ path: resolve(screenshots, `outreach-${name}-360x640.png`) });
  const expectAccessible = async () => expect(await a11yProblems(page)).toEqual([]);
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor(shown);
  const syncBar = () => page.locator('.sync-status');
  const waiting = (count: number) => syncBar().getByText(say('sync.waiting', { count })).waitFor(shown);

  it(
    'signs a health worker in and opens her empty list for today',
    async () => {
      await page.goto(`${base}/`);
      await page.getByLabel(say('login.username'), { exact: true }).fill('asha@outreach-e2e');
      await page.getByLabel(say('login.password'), { exact: true }).fill(testPassword);
      await page.getByRole('button', { name: say('login.submit') }).click();
      await page.getByRole('link', { name: say('outreach.nav.today') }).click();
      await heading(say('outreach.today.title'));
      await syncBar()
        .getByText(say('sync.last_synced', { time: '' }).trim())
        .waitFor(shown);
      await page.getByText(say('outreach.today.none_overdue')).waitFor(shown);
      await expectAccessible();
      await snap('today-empty');
      // The service worker holds the app, so that it opens with no network.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, shown);
    },
    slow,
  );

  it(
    'registers a woman offline, her consent first',
    async () => {
      await context.setOffline(true);
      await syncBar().getByText(say('sync.offline')).waitFor(shown);
      await page.getByRole('link', { name: say('outreach.nav.find') }).click();
      await heading(say('outreach.find.title'));
      await page.getByLabel(say('outreach.find.search'), { exact: true }).fill('Lakshmi');
      await page.getByText(say('outreach.find.found', { count: 0 })).waitFor(shown);
      await expectAccessible();
      await page.getByRole('link', { name: say('outreach.find.register') }).click();
      await heading(say('outreach.register.title'));
      // Nothing but the question of consent until she has answered it.
      expect(await page.getByLabel(say('outreach.person.given_name'), { exact: true }).count()).toBe(0);
      await page.getByRole('radio', { name: say('outreach.consent.given'), exact: true }).check();
      await page.getByLabel(say('outreach.person.given_name'), { exact: true }).fill('Lakshmi');
      await page.getByLabel(say('outreach.person.family_name'), { exact: true }).fill('Shinde');
      await page.getByLabel(say('outreach.person.birth_year'), { exact: true }).fill('1994');
      await page.getByLabel(say('outreach.person.phone'), { exact: true }).fill('+91 98220 12345');
      await expectAccessible();
      await snap('register');
      await page.getByRole('button', { name: say('outreach.register.save') }).click();
      await heading('Lakshmi Shinde');
      personId = new URL(page.url()).pathname.split('/').at(-1)!;
      await page.getByText(say('outreach.consent.given_on', { date: asShown(today) })).waitFor(shown);
      await waiting(1);
      await expectAccessible();
    },
    slow,
  );

  it(
    'records a hesitancy visit, then dose 1, and refuses dose 2 too soon before it is queued',
    async () => {
      await page.getByRole('link', { name: say('outreach.person.record_hesitancy') }).click();
      await heading(say('outreach.hesitancy.title'));
      await page.getByLabel(say('outreach.hesitancy.visited_on'), { exact: true }).fill(visitedOn);
      await page
        .getByRole('checkbox', { name: say('outreach.reason.fear_of_side_effects'), exact: true })
        .check();
      await page.getByRole('checkbox', { name: say('outreach.reason.rumours'), exact: true }).check();
      await page.getByRole('checkbox', { name: say('outreach.counselling.safety'), exact: true }).check();
      await page.getByRole('radio', { name: say('outreach.outcome.agreed'), exact: true }).check();
      await page.getByLabel(say('outreach.hesitancy.next_visit'), { exact: true }).fill(nextVisitOn);
      await expectAccessible();
      await snap('hesitancy');
      await page.getByRole('button', { name: say('outreach.hesitancy.save') }).click();
      await heading('Lakshmi Shinde');
      await waiting(2);

      await page.getByRole('link', { name: say('outreach.person.record_dose') }).click();
      await heading(say('outreach.dose.title'));
      expect(await page.getByLabel(say('outreach.dose.number'), { exact: true }).inputValue()).toBe('1');
      await page.getByLabel(say('outreach.dose.given_on'), { exact: true }).fill(firstDoseOn);
      await page.getByLabel(say('outreach.dose.lot'), { exact: true }).fill('TCV-2291');
      await expectAccessible();
      await snap('dose');
      await page.getByRole('button', { name: say('outreach.dose.save') }).click();
      await heading('Lakshmi Shinde');
      await waiting(3);

      const secondDose = page
        .getByRole('link', { name: say('outreach.task.record_dose', { dose: 2 }) })
        .first();
      await secondDose.click();
      await heading(say('outreach.dose.title'));
      expect(await page.getByLabel(say('outreach.dose.number'), { exact: true }).inputValue()).toBe('2');
      await page.getByRole('button', { name: say('outreach.dose.save') }).click();
      const reason = translate('en', 'error.dose.too_soon', {
        earliest: secondDoseDue,
        previous: firstDoseOn,
        days: interval,
      });
      await page.getByText(reason).waitFor(shown);
      await expectAccessible();
      await snap('dose-too-soon');
      await waiting(3);
      await page.getByRole('link', { name: say('outreach.form.cancel') }).click();
      await heading('Lakshmi Shinde');
    },
    slow,
  );

  it(
    'shows the dose-2 task in today’s list, due the interval after dose 1',
    async () => {
      await page.getByRole('link', { name: say('outreach.nav.today') }).click();
      await heading(say('outreach.today.title'));
      const upcoming = page.getByRole('region', { name: say('outreach.today.upcoming', { count: 1 }) });
      const task = upcoming.getByRole('listitem').filter({ hasText: 'Lakshmi Shinde' });
      await task.getByText(say('outreach.task.dose', { dose: 2, vaccine })).waitFor(shown);
      await task.getByText(say('outreach.today.due_on', { date: asShown(secondDoseDue) })).waitFor(shown);
      await expectAccessible();
      await snap('today');
      expect(
        await page.getByRole('region', { name: say('outreach.today.overdue', { count: 0 }) }).count(),
      ).toBe(1);
    },
    slow,
  );

  it(
    'sends everything once back online, and the API holds the person, the visit and the dose',
    async () => {
      await context.setOffline(false);
      await syncBar()
        .filter({ hasNotText: /waiting|Syncing|Offline|Could not/ })
        .filter({ hasText: say('sync.last_synced', { time: '' }).trim() })
        .waitFor(shown);
      const person = await call(t.app, { method: 'GET', url: `/api/people/${personId}`, token });
      expect(person.statusCode).toBe(200);
      expect(person.json()).toMatchObject({
        givenName: 'Lakshmi',
        familyName: 'Shinde',
        consent: { given: true, date: today },
      });
      const visits = await call(t.app, {
        method: 'GET',
        url: `/api/outreach/hesitancy/visits?personId=${personId}`,
        token,
      });
      expect(visits.json().items).toMatchObject([
        { visitedOn, outcome: 'agreed', nextVisitOn, reasons: ['fear_of_side_effects', 'rumours'] },
      ]);
      const doses = await call(t.app, { method: 'GET', url: `/api/people/${personId}/doses`, token });
      expect(doses.json().items).toMatchObject([
        { doseNumber: 1, givenOn: firstDoseOn, lotNumber: 'TCV-2291' },
      ]);
      // Pulled back from the server, the task stands as it did offline.
      const upcoming = page.getByRole('region', { name: say('outreach.today.upcoming', { count: 1 }) });
      await upcoming.getByText(say('outreach.today.due_on', { date: asShown(secondDoseDue) })).waitFor(shown);
    },
    slow,
  );

  it(
    'opens her outreach page online with the dose and the visit from the server',
    async () => {
      await page.getByRole('link', { name: say('outreach.task.record_dose', { dose: 2 }) }).click();
      await page.getByRole('link', { name: '← Lakshmi Shinde' }).click();
      await heading('Lakshmi Shinde');
      await page
        .getByText(say('outreach.person.dose_line', { dose: 1, date: asShown(firstDoseOn) }))
        .waitFor(shown);
      expect(await page.getByText(say('outreach.waiting')).count()).toBe(0);
      await expectAccessible();
      await snap('person');
    },
    slow,
  );

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

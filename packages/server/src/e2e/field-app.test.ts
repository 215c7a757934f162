import { copyFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WebKey } from '../../../web/src/i18n/catalogues/en.ts';
import { loadConfig } from '../config.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { makeFinanceGroup, testConstitution } from '../finance/testing.ts';
import { todayIn } from '../finance/today.ts';
import {
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
import { message, type ReaderLocale } from './messages.ts';

/** Waits are for what the screen shows, never for time; a loaded two-core machine takes its while. */
const shown = { timeout: 30_000 };
const slow = 120_000;
/**
 * Where the README's screenshots are kept, and which screens it shows; they are refreshed only when
 * asked (GW_UPDATE_SCREENSHOTS=1), so that a test run leaves the working tree as it found it.
 */
const updateDocs = process.env.GW_UPDATE_SCREENSHOTS === '1';
const docs = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../docs/screenshots');
const inReadme = new Set([
  'groups',
  'group',
  'meeting-attendance',
  'meeting-summary',
  'group-refused',
  'member-passbook',
  'meeting-summary-mr',
  'coordinator-dashboard',
]);

const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

const meetingSteps = [
  'meeting.step.attendance',
  'meeting.step.savings',
  'meeting.step.repayments',
  'meeting.step.fines',
  'meeting.step.loans',
  'meeting.step.notes',
  'meeting.step.summary',
] as const satisfies WebKey[];

/**
 * A group leader runs her group's meetings in Chromium on a 360×640 phone, against the real server on a
 * fresh database: one online, one offline through a reload, one with a loan the server refuses; then the
 * meeting screen in Marathi. A coordinator opens the dashboard. Every main screen is checked for
 * accessibility and photographed.
 */
describe.skipIf(skipBrowserTests())('the field app in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let groupId: string;
  let areaId: string;
  let members: string[];
  let token: string;
  const today = todayIn('Asia/Kolkata');
  const firstMeeting = daysBefore(today, 14);
  const secondMeeting = daysBefore(today, 7);
  const groupName = 'Sakhi Mahila Bachat Gat';
  const pageErrors: string[] = [];
  let locale: ReaderLocale = 'en';
  const say = (key: WebKey, params?: Record<string, string | number>) => message(locale, key, params);

  beforeAll(async () => {
    t = await startTestApp(testDatabaseKinds()[0]!, { GROUNDWORK_WEB_DIR: loadConfig({}).webDir });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const org = await makeOrg(t.database, 'field-app', { timeZone: 'Asia/Kolkata' });
    // No cap on loans against savings: a big loan meets only the limit of the money the group holds.
    const { loanCapMultipleOfSavings: _cap, ...constitution } = testConstitution;
    const group = await makeFinanceGroup(t.database, org, {
      size: 20,
      name: groupName,
      formedOn: daysBefore(today, 28),
      constitution,
    });
    ({ groupId, areaId, members } = group);
    await makeUser(t.database, org, 'leader@field-app', 'group_leader', { groupIds: [groupId] });
    await makeUser(t.database, org, 'coordinator@field-app', 'coordinator', { areaIds: [areaId] });
    token = await login(t.app, 'leader@field-app');
    browser = await launchChromium();
    context = await newPhone();
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    if (updateDocs) mkdirSync(docs, { recursive: true });
  });

  // A failure leaves the screen it happened on, for whoever reads the CI log.
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      const file = `field-failed-${task.name.replace(/\W+/g, '-')}.png`;
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

  const newPhone = () => browser.newContext({ viewport: phone, locale: 'en-IN', timezoneId: 'Asia/Kolkata' });

  /** The screen as the phone shows it, scrolled to `at` when given. */
  const snap = async (name: string, at?: Locator, target = page) => {
    await at?.scrollIntoViewIfNeeded();
    const file = `field-${name}-360x640.png`;
    await target.screenshot({ path: resolve(screenshots, file) });
    if (updateDocs && inReadme.has(name)) copyFileSync(resolve(screenshots, file), resolve(docs, file));
  };

  const expectAccessible = async (target = page) => {
    expect(await a11yProblems(target)).toEqual([]);
  };

  const syncBar = () => page.locator('.sync-status');

  /** Nothing waits in the outbox and the last sync went through: what the status bar says. */
  const synced = () =>
    syncBar()
      .filter({ hasNotText: /waiting|Syncing|Offline|Could not/ })
      .filter({ hasText: say('sync.last_synced', { time: '' }).trim() })
      .waitFor(shown);

  const groupPage = () =>
    page.getByRole('heading', { level: 1, name: groupName, exact: true }).waitFor(shown);

  /** The group page lists this many meetings as the server has them: sent, and pulled back. */
  const recordedMeetings = (count: number) =>
    page
      .getByRole('region', { name: say('field.group.meetings') })
      .getByRole('listitem')
      .filter({ hasText: say('field.group.meeting_closed') })
      .nth(count - 1)
      .waitFor(shown);

  const onStep = (step: (typeof meetingSteps)[number]) =>
    page.getByRole('heading', { level: 2, name: say(step) }).waitFor(shown);

  /** Next, step after step, each one shown before the next tap. */
  const nextTo = async (step: (typeof meetingSteps)[number]) => {
    const current = await page.locator('.steps [aria-current=step]').textContent();
    for (const name of meetingSteps.slice(Number(current), meetingSteps.indexOf(step) + 1)) {
      await page.getByRole('button', { name: say('meeting.next') }).click();
      await onStep(name);
    }
  };

  const openMeeting = async () => {
    await page.getByRole('link', { name: say('field.group.run_meeting') }).click();
    await onStep('meeting.step.attendance');
  };

  const confirmMeeting = async () => {
    await page.getByRole('button', { name: say('meeting.summary.confirm') }).click();
    await groupPage();
  };

  const addLoan = async (personId: string, amount: string) => {
    await page.getByRole('button', { name: say('meeting.loan.add') }).click();
    await page.getByLabel(say('meeting.member')).selectOption(personId);
    await page.getByLabel(say('meeting.loan.principal')).fill(amount);
    await page.getByLabel(say('meeting.loan.purpose')).fill('Buffalo');
  };

  const serverMeetings = async () => {
    const res = await call(t.app, { method: 'GET', url: `/api/groups/${groupId}/meetings`, token });
    expect(res.statusCode).toBe(200);
    return (res.json().items as { heldOn: string }[]).map((m) => m.heldOn).sort();
  };

  const serverBooks = async () => {
    const res = await call(t.app, { method: 'GET', url: `/api/groups/${groupId}/finance`, token });
    expect(res.statusCode).toBe(200);
    return res.json() as { cash: number; savings: number; loansOutstanding: number };
  };

  it(
    'signs a group leader in and lists her groups',
    async () => {
      await page.goto(`${base}/`);
      await page.getByLabel(say('login.username')).waitFor(shown);
      await expectAccessible();
      await snap('sign-in');
      await page.getByLabel(say('login.username')).fill('leader@field-app');
      await page.getByLabel(say('login.password')).fill(testPassword);
      await page.getByRole('button', { name: say('login.submit') }).click();
      const card = page.getByRole('link', { name: new RegExp(groupName) });
      await card.waitFor(shown);
      expect(await card.textContent()).toContain(say('field.groups.members', { count: 20 }));
      await synced();
      await expectAccessible();
      await snap('groups');
    },
    slow,
  );

  it(
    'runs a whole meeting, by keyboard, and the server records it',
    async () => {
      await page.getByRole('link', { name: new RegExp(groupName) }).click();
      await groupPage();
      await expectAccessible();
      await snap('group');

      await openMeeting();
      await page.getByLabel(say('meeting.date')).fill(firstMeeting);
      // Keyboard alone: Tab along to "Everyone is present", Enter; on to Next, Enter.
      await tabTo(page, page.getByRole('button', { name: say('meeting.attendance.all_present') }));
      await page.keyboard.press('Enter');
      await page.getByText(say('meeting.attendance.count', { present: 20, members: 20 })).waitFor(shown);
      await expectAccessible();
      await snap('meeting-attendance');
      await tabTo(page, page.getByRole('button', { name: say('meeting.next') }));
      await page.keyboard.press('Enter');
      await onStep('meeting.step.savings');
      expect(await page.locator('.total .money').textContent()).toBe('₹2,000.00');
      await expectAccessible();
      await nextTo('meeting.step.summary');
      await expectAccessible();
      await snap('meeting-summary', page.getByRole('button', { name: say('meeting.summary.confirm') }));
      await confirmMeeting();
      await recordedMeetings(1);
      await synced();
      expect(await serverMeetings()).toEqual([firstMeeting]);
      expect((await serverBooks()).savings).toBe(20 * 10_000);
    },
    slow,
  );

  it(
    'finishes a meeting offline, keeps it through a reload, and sends it once back online',
    async () => {
      // The service worker holds the app, so that it opens with no network.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, shown);
      await openMeeting();
      await page.getByLabel(say('meeting.date')).fill(secondMeeting);
      await page.getByRole('button', { name: say('meeting.attendance.all_present') }).click();

      await context.setOffline(true);
      await syncBar().getByText(say('sync.offline')).waitFor(shown);
      await nextTo('meeting.step.savings');
      await page.getByLabel(/^Member5 /).fill('250');
      expect(await page.locator('.total .money').textContent()).toBe('₹2,150.00');
      await nextTo('meeting.step.summary');
      await confirmMeeting();
      const waiting = syncBar().getByText(say('sync.waiting', { count: 1 }));
      await waiting.waitFor(shown);

      await page.reload();
      await groupPage();
      await waiting.waitFor(shown);
      const meetings = page.getByRole('region', { name: say('field.group.meetings') });
      await meetings
        .getByRole('listitem')
        .filter({ hasText: say('field.waiting') })
        .waitFor(shown);
      await snap('group-offline');
      expect(await serverMeetings()).toEqual([firstMeeting]);

      await context.setOffline(false);
      await recordedMeetings(2);
      await synced();
      expect(await serverMeetings()).toEqual([firstMeeting, secondMeeting]);
      const books = await serverBooks();
      expect(books.savings).toBe(20 * 10_000 + 19 * 10_000 + 25_000);
      expect(books.cash).toBe(books.savings);
    },
    slow,
  );

  it(
    'shows a loan above the group’s funds refused, with the server’s reason',
    async () => {
      await openMeeting();
      await page.getByRole('button', { name: say('meeting.attendance.all_present') }).click();
      await nextTo('meeting.step.loans');
      await addLoan(members[2]!, '100000');
      await nextTo('meeting.step.summary');
      await page.getByRole('region', { name: say('meeting.summary.warnings') }).waitFor(shown);
      await confirmMeeting();
      // The server's words (finance catalogue): ₹4,150 in hand and ₹2,000 saved today, against a lakh.
      const reason = 'The group has only ₹6,150.00 to lend (cash and bank); ₹1,00,000.00 is more.';
      const refused = page.getByRole('region', { name: say('field.refused.title', { count: 1 }) });
      await refused.getByText(reason).waitFor(shown);
      await expectAccessible();
      await snap('group-refused', refused);
      expect(await serverMeetings()).toEqual([firstMeeting, secondMeeting]);
      expect((await serverBooks()).loansOutstanding).toBe(0);

      await refused.getByRole('button', { name: say('field.refused.discard') }).click();
      await refused.waitFor({ ...shown, state: 'detached' });
    },
    slow,
  );

  it(
    'opens a member’s passbook with both meetings’ savings',
    async () => {
      await page.getByRole('link', { name: /^Member5 / }).click();
      await page.getByRole('heading', { level: 1, name: /^Member5 / }).waitFor(shown);
      const passbook = page.getByRole('heading', { name: say('field.passbook.title') });
      await passbook.waitFor(shown);
      await page.getByRole('cell', { name: '₹350.00' }).waitFor(shown);
      await expectAccessible();
      await snap('member-passbook', passbook);
      await page.goBack();
      await groupPage();
    },
    slow,
  );

  it(
    'shows the meeting screen in Marathi, rupees grouped in lakhs',
    async () => {
      await page.getByRole('combobox', { name: say('account.language') }).selectOption('mr');
      locale = 'mr';
      await openMeeting();
      await page
        .getByRole('heading', { level: 1, name: say('meeting.title', { group: groupName }) })
        .waitFor(shown);
      await page.getByRole('button', { name: say('meeting.attendance.all_present') }).click();
      await page.getByText(say('meeting.attendance.count', { present: 20, members: 20 })).waitFor(shown);
      await expectAccessible();
      await snap('meeting-attendance-mr');
      await nextTo('meeting.step.loans');
      await addLoan(members[2]!, '100000');
      await nextTo('meeting.step.summary');
      const summary = page.getByRole('table', { name: say('meeting.summary.caption') });
      await summary
        .getByRole('row', { name: new RegExp(`${say('meeting.summary.loans')}.*₹1,00,000\\.00`) })
        .waitFor(shown);
      await page
        .getByText(say('meeting.warning.over_funds', { available: '₹6,150.00', amount: '₹1,00,000.00' }))
        .waitFor(shown);
      await expectAccessible();
      await snap('meeting-summary-mr', summary);
    },
    slow,
  );

  it(
    'opens the coordinator’s dashboard',
    async () => {
      locale = 'en';
      const coordinator = await newPhone();
      try {
        const p = await coordinator.newPage();
        await p.goto(`${base}/`);
        await p.getByLabel(say('login.username')).fill('coordinator@field-app');
        await p.getByLabel(say('login.password')).fill(testPassword);
        await p.getByRole('button', { name: say('login.submit') }).click();
        await p.getByRole('link', { name: say('nav.dashboard') }).click();
        await p.getByRole('heading', { level: 1, name: say('nav.dashboard') }).waitFor(shown);
        const members = p.locator('.figures div').filter({ hasText: say('dashboard.members') });
        expect(await members.locator('dd').textContent()).toBe('20');
        await expectAccessible(p);
        await snap('coordinator-dashboard', undefined, p);
      } finally {
        await coordinator.close();
      }
    },
    slow,
  );

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** Presses Tab until the control has the focus: it can be reached with the keyboard, in order. */
async function tabTo(page: Page, target: Locator, most = 80) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target} in ${most} presses`);
}

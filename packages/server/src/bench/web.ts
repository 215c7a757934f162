import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { loadConfig } from '../config.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { launchChromium, phone } from '../e2e/chromium.ts';
import { makeFinanceGroup } from '../finance/testing.ts';
import { makeOrg, makeUser, startTestApp, testPassword } from '../testing/harness.ts';
import { measureFirstLoad } from './first-load.ts';
import { log, percentile, round } from './stats.ts';

/** Chrome DevTools' "Slow 3G" preset: about 50 kB/s each way and 2 s of latency per request. */
export const slow3g = { offline: false, downloadThroughput: 50_000, uploadThroughput: 50_000, latency: 2000 };
const cpuSlowdown = 4;
const loginTargetMs = 5000;
const meetingTargetMs = 300;

async function throttle(context: BrowserContext, page: Page, network: boolean): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', slow3g);
  }
  return cdp;
}

/** A first visit on a phone that has never opened the app: empty cache, no service worker yet. */
async function coldLogin(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext({ viewport: phone, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await throttle(context, page, true);
    const started = performance.now();
    await page.goto(base, { waitUntil: 'commit', timeout: 60_000 });
    await page.locator('#username').waitFor({ state: 'visible', timeout: 60_000 });
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

/**
 * The timing runs in the page, as text: a function passed to Playwright would carry the helpers tsx
 * adds to compiled functions, which do not exist in the browser.
 */
const timeOpening = (href: string, count: number) => `new Promise((done) => {
  const started = performance.now();
  document.querySelector('a[href="${href}"]').click();
  const check = () => {
    if (document.querySelectorAll('ul.attendance > li button').length >= ${count}) done(performance.now() - started);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/**
 * Signs the leader in at full speed and waits for the first sync to bring her group, then, with the
 * CPU 4× slower, times each opening of the meeting screen from the group page: from the tap on "Run
 * meeting" until every member's attendance button is on screen, all from the phone's own data.
 */
async function openMeeting(browser: Browser, base: string, groupId: string, members: number, runs: number) {
  const context = await browser.newContext({ viewport: phone });
  try {
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('#username').fill('leader@web-bench');
    await page.locator('#password').fill(testPassword);
    await page.locator('button[type=submit]').click();
    const link = page.locator(`a[href="/groups/${groupId}"]`).first();
    await link.waitFor({ timeout: 60_000 });
    await link.click();
    const run = page.locator(`a[href="/groups/${groupId}/meeting"]`);
    await run.waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      await run.waitFor({ timeout: 60_000 });
      const ms = (await page.evaluate(timeOpening(`/groups/${groupId}/meeting`, members))) as number;
      samples.push(ms);
      await page.goBack();
    }
    return samples;
  } finally {
    await context.close();
  }
}

/**
 * The field app in Chromium under DevTools' Slow 3G and a 4× slower CPU: the sign-in screen of a first
 * visit, and opening a 20-member meeting from the phone's own data once signed in and synced. Also the
 * build's first-load size (a count of bytes, exact).
 */
export async function runWeb(runs: number) {
  const webDir = loadConfig({}).webDir;
  const firstLoad = measureFirstLoad(webDir);
  const t = await startTestApp(testDatabaseKinds()[0]!, { GROUNDWORK_WEB_DIR: webDir });
  let browser: Browser | undefined;
  try {
    const org = await makeOrg(t.database, 'web-bench');
    const group = await makeFinanceGroup(t.database, org, { size: 20 });
    await makeUser(t.database, org, 'leader@web-bench', 'group_leader', { groupIds: [group.groupId] });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    const loginMs: number[] = [];
    for (let i = 0; i < runs; i++) loginMs.push(await coldLogin(browser, base));
    log(`web: sign-in screen on Slow 3G p50 ${round(percentile(loginMs, 0.5))} ms`);
    const meetingMs = await openMeeting(browser, base, group.groupId, group.members.length, runs * 3);
    log(`web: meeting screen from local data p50 ${round(percentile(meetingMs, 0.5))} ms`);
    return {
      scenario: `field app in Chromium, DevTools Slow 3G (${slow3g.downloadThroughput} B/s, ${slow3g.latency} ms) and ${cpuSlowdown}× CPU slowdown`,
      firstLoad,
      signInScreen: {
        runs,
        p50Ms: round(percentile(loginMs, 0.5)),
        maxMs: round(Math.max(...loginMs)),
        target: loginTargetMs,
        meetsTarget: Math.max(...loginMs) <= loginTargetMs,
      },
      openMeeting: {
        members: group.members.length,
        runs: meetingMs.length,
        p50Ms: round(percentile(meetingMs, 0.5)),
        p95Ms: round(percentile(meetingMs, 0.95)),
        target: meetingTargetMs,
        meetsTarget: percentile(meetingMs, 0.95) <= meetingTargetMs,
      },
    };
  } finally {
    await browser?.close();
    await t.close();
  }
}

import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { type Locale, translate } from '@groundwork/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import { allPresent, makeFinanceGroup } from '../finance/testing.ts';
import { asSystem, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';
import { launchChromium, phone, screenshots, skipBrowserTests } from './chromium.ts';

/** The pages a person opens when the field app is not built, in a real browser: the start page in each language and the API docs. */
describe.skipIf(skipBrowserTests())('in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(testDatabaseKinds()[0]!);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const openPage = async (locale: string) => {
    const context = await browser.newContext({ locale, viewport: phone });
    return { context, page: await context.newPage() };
  };

  it('opens the start page and follows its link to the API docs', async () => {
    const { context, page } = await openPage('en-IN');
    try {
      const response = await page.goto(`${base}/`);
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe(translate('en', 'page.home.title'));
      await expect(page.locator('h1').textContent()).resolves.toBe(translate('en', 'page.home.title'));
      const docsLink = page.getByRole('link', { name: translate('en', 'page.home.docs') });
      expect(await docsLink.getAttribute('href')).toBe('/api/docs');
      await page.screenshot({ path: resolve(screenshots, 'home-en-360x640.png'), fullPage: true });

      await docsLink.click();
      await page.waitForURL(/\/api\/docs/);
      const title = page.locator('.swagger-ui .info .title');
      await title.waitFor({ timeout: 20_000 });
      expect(await title.textContent()).toContain('Groundwork API');
      const peopleTag = page.locator('#operations-tag-people');
      await peopleTag.waitFor();
      expect(await peopleTag.textContent()).toContain('people');
      // Operations are listed under their tag: the people register and its one-person routes.
      const peopleOperations = page.locator('.opblock-tag-section', { has: peopleTag }).locator('.opblock');
      expect(await peopleOperations.count()).toBeGreaterThan(0);
      await expect(
        page
          .locator('.opblock-summary-path', { hasText: /^\/api\/people$/ })
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      await page.screenshot({ path: resolve(screenshots, 'api-docs-360x640.png') });
    } finally {
      await context.close();
    }
  });

  it.each([
    ['fr-FR', 'fr'],
    ['hi-IN', 'hi'],
    ['mr-IN', 'mr'],
  ] as const)(
    'shows the start page in the reader’s language for %s',
    async (browserLocale, locale: Locale) => {
      const english = await openPage('en-IN');
      const local = await openPage(browserLocale);
      try {
        await english.page.goto(`${base}/`);
        await local.page.goto(`${base}/`);
        expect(await local.page.getAttribute('html', 'lang')).toBe(locale);
        const docs = translate(locale, 'page.home.docs');
        const link = local.page.getByRole('link', { name: docs });
        expect(await link.getAttribute('href')).toBe('/api/docs');
        await expect(local.page.getByText(translate(locale, 'page.home.tagline')).isVisible()).resolves.toBe(
          true,
        );
        // Only once the catalogue is translated can the page differ from English; until then, equal is right.
        const translated = (['page.home.tagline', 'page.home.docs'] as const).some(
          (key) => translate(locale, key) !== translate('en', key),
        );
        if (translated) {
          expect(await local.page.locator('body').textContent()).not.toBe(
            await english.page.locator('body').textContent(),
          );
        }
        await local.page.screenshot({
          path: resolve(screenshots, `home-${locale}-360x640.png`),
          fullPage: true,
        });
      } finally {
        await english.context.close();
        await local.context.close();
      }
    },
  );
  it('prints a member’s passbook in Marathi, rupees grouped in lakhs', async () => {
    const org = await makeOrg(t.database, 'passbook-print', { locale: 'mr' });
    const g = await makeFinanceGroup(t.database, org, { size: 10 });
    const saver = g.members[0]!;
    await asSystem(t.database, org, [
      {
        type: 'meeting.record',
        payload: {
          groupId: g.groupId,
          heldOn: '2025-01-13',
          attendance: allPresent(g.members),
          savings: [{ personId: saver, amount: 15_000_000 }],
        },
      },
    ]);
    await makeUser(t.database, org, 'admin@passbook-print', 'admin');
    const token = await login(t.app, 'admin@passbook-print');
    const context = await browser.newContext({
      locale: 'mr-IN',
      viewport: { width: 794, height: 1123 },
      extraHTTPHeaders: { authorization: `Bearer ${token}`, 'accept-language': 'mr' },
    });
    try {
      const page = await context.newPage();
      const res = await page.goto(`${base}/api/groups/${g.groupId}/passbook/${saver}?format=html`);
      expect(res?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('mr');
      expect(await page.title()).toContain(translate('mr', 'report.title.passbook'));
      expect(await page.locator('body').textContent()).toContain('₹1,50,000.00');
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: resolve(screenshots, 'passbook-mr-print.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});

import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/**
 * Chromium for the browser tests is the Debian package (/usr/bin/chromium, or CHROMIUM_PATH), because
 * `npx playwright install` downloads from a CDN this machine cannot reach; playwright-core only drives it.
 */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
const inCi = Boolean(process.env.CI);
export const screenshots = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../test-results');
export const phone = { width: 360, height: 640 };

const missingChromium =
  `Chromium was not found at ${chromiumPath}. Install it with \`apt-get install -y chromium\` ` +
  '(or point CHROMIUM_PATH at a Chromium or Chrome binary).';

let warned = false;

/**
 * Skipped, not failed, on a developer machine without Chromium, so the rest of the suite stays usable
 * there — with a banner nobody can miss; CI sets CI=true, and then a missing browser fails the run.
 */
export function skipBrowserTests(): boolean {
  if (!haveChromium && !inCi && !warned) {
    warned = true;
    console.error(
      [
        '',
        '!'.repeat(78),
        '!! BROWSER TESTS SKIPPED',
        `!! ${missingChromium}`,
        '!! `npx playwright install` cannot work here: it downloads from the internet.',
        '!! In CI (CI=true) these tests fail instead of skipping.',
        '!'.repeat(78),
        '',
      ].join('\n'),
    );
  }
  return !haveChromium && !inCi;
}

export async function launchChromium(): Promise<Browser> {
  if (!haveChromium) throw new Error(`${missingChromium} CI must run the browser tests.`);
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

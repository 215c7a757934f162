import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Controls a finger must hit; links inside a sentence are spared, as WCAG 2.5.8 spares them. */
const controls =
  'button, select, input:not([type=hidden]), textarea, summary, a.button, nav a, .list > li > a';
const smallest = 44;

/**
 * What keeps a screen from being usable by everyone: axe-core's serious and critical violations,
 * controls smaller than 44 × 44 px, and a page wider than the phone (it must reflow, not scroll sideways).
 */
export async function a11yProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const problems = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  const small = await page.locator(controls).evaluateAll(
    (elements, min) =>
      elements
        .map((el) => {
          const own = el.getBoundingClientRect();
          if (own.width === 0 || own.height === 0 || getComputedStyle(el).visibility === 'hidden') return '';
          // A tick box or a round choice is hit through its label as well, so the label's box counts.
          const label =
            el instanceof HTMLInputElement && /checkbox|radio/.test(el.type) ? el.labels?.[0] : null;
          const labelBox = label?.getBoundingClientRect();
          const box = labelBox && labelBox.width * labelBox.height > own.width * own.height ? labelBox : own;
          if (box.width >= min && box.height >= min) return '';
          const name = el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 30) || el.id;
          return `target ${el.tagName.toLowerCase()} "${name}": ${Math.round(box.width)}×${Math.round(box.height)} px`;
        })
        .filter(Boolean),
    smallest,
  );
  const width = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  const wide = width[0]! > width[1]! ? [`page ${width[0]} px wide on a ${width[1]} px screen`] : [];
  return [...problems, ...small, ...wide];
}

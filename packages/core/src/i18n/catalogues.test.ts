import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../errors/domain-error.ts';
import { en, type MessageKey } from './catalogues/en.ts';
import { type Locale, supportedLocales } from './locales.ts';
import { catalogues, translate } from './translate.ts';

const keys = Object.keys(en) as MessageKey[];
const translated = supportedLocales.filter((locale) => locale !== 'en');
/** The keys of en a catalogue has; a missing one is reported once, by the key test, not by every test. */
const present = (locale: Locale): MessageKey[] =>
  keys.filter((key) => typeof catalogues[locale][key] === 'string');
const intlLocale = (locale: Locale): string => (locale === 'en' ? 'en-IN' : locale);

/** Messages that are the same in every language: the product's name. */
const sameInEveryLanguage = new Set<MessageKey>(['page.home.title']);

interface Argument {
  name: string;
  /** Read as a number (plural or number format), so the sample value must be a number. */
  numeric: boolean;
  /** A bare `{name}`, whose value should appear as it is in the output. */
  plain: boolean;
}

/** Every argument a message reads, found by walking its ICU syntax tree (plural branches included). */
function argumentsOf(elements: MessageFormatElement[], found: Argument[] = []): Argument[] {
  for (const el of elements) {
    if (isArgumentElement(el)) {
      found.push({ name: el.value, numeric: false, plain: true });
    } else if (isDateElement(el) || isTimeElement(el)) {
      found.push({ name: el.value, numeric: false, plain: false });
    } else if (isNumberElement(el)) {
      found.push({ name: el.value, numeric: true, plain: false });
    } else if (isPluralElement(el) || isSelectElement(el)) {
      found.push({ name: el.value, numeric: isPluralElement(el), plain: false });
      for (const option of Object.values(el.options)) argumentsOf(option.value, found);
    } else if (isTagElement(el)) {
      argumentsOf(el.children, found);
    }
  }
  return found;
}

function pluralsOf(elements: MessageFormatElement[], found: string[][] = []): string[][] {
  for (const el of elements) {
    if (isPluralElement(el)) found.push(Object.keys(el.options));
    if (isPluralElement(el) || isSelectElement(el)) {
      for (const option of Object.values(el.options)) pluralsOf(option.value, found);
    } else if (isTagElement(el)) {
      pluralsOf(el.children, found);
    }
  }
  return found;
}

/** Parses a catalogue message, naming it if it is not valid ICU. */
function parsed(locale: Locale, key: MessageKey): MessageFormatElement[] {
  const message = catalogues[locale][key];
  try {
    return parse(message);
  } catch (error) {
    throw new Error(`${locale} ${key} is not valid ICU (${String(error)}): ${message}`);
  }
}

const namesOf = (locale: Locale, key: MessageKey): string[] =>
  [...new Set(argumentsOf(parsed(locale, key)).map((a) => a.name))].sort();

/** Every TypeScript and JavaScript file under packages/*\/src, except tests and the catalogues themselves. */
function sourceFiles(): { path: string; text: string }[] {
  const packagesDir = fileURLToPath(new URL('../../../', import.meta.url));
  const cataloguesDir = fileURLToPath(new URL('./catalogues/', import.meta.url));
  const files: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (entry === 'node_modules') continue;
      if (statSync(path).isDirectory()) {
        if (!join(path, '/').startsWith(cataloguesDir)) walk(path);
      } else if (/\.(ts|tsx|js|mjs)$/.test(entry) && !/\.test\.(ts|tsx|js|mjs)$/.test(entry)) {
        files.push({ path, text: readFileSync(path, 'utf8') });
      }
    }
  };
  for (const pkg of readdirSync(packagesDir)) {
    const src = join(packagesDir, pkg, 'src');
    if (statSync(src, { throwIfNoEntry: false })?.isDirectory()) walk(src);
  }
  return files;
}

const quoted = (text: string, value: string): boolean =>
  text.includes(`'${value}'`) || text.includes(`"${value}"`) || text.includes(`\`${value}\``);

describe('message catalogues', () => {
  it.each(translated)('%s has exactly the keys of en', (locale) => {
    const theirs = Object.keys(catalogues[locale]);
    const missing = keys.filter((key) => !Object.hasOwn(catalogues[locale], key));
    const extra = theirs.filter((key) => !Object.hasOwn(en, key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(translated)('%s lists its keys in the order of en', (locale) => {
    expect(Object.keys(catalogues[locale])).toEqual(keys);
  });

  it.each(supportedLocales)(
    'every %s message parses, and formats with no placeholder left over',
    (locale) => {
      for (const key of present(locale)) {
        const own = argumentsOf(parsed(locale, key));
        const format = new IntlMessageFormat(catalogues[locale][key], intlLocale(locale));
        const args = [...own, ...argumentsOf(parsed('en', key))];
        const numeric = new Set(args.filter((a) => a.numeric).map((a) => a.name));
        const shown = own.filter((a) => a.plain && !numeric.has(a.name));
        for (const n of [0, 1, 2, 5, 21, 1000]) {
          const params: Record<string, string | number> = {};
          for (const { name } of args) params[name] = numeric.has(name) ? n : `‹${name}›`;
          let output = '';
          expect(() => {
            output = String(format.format(params));
          }, `${locale} ${key}`).not.toThrow();
          expect(output, `${locale} ${key}`).not.toMatch(/[{}]/);
          for (const { name } of shown)
            expect(output, `${locale} ${key} shows {${name}}`).toContain(`‹${name}›`);
        }
      }
    },
  );

  it.each(translated)('every %s message reads the same arguments as en', (locale) => {
    const mismatched = present(locale)
      .map((key) => ({ key, en: namesOf('en', key), [locale]: namesOf(locale, key) }))
      .filter((m) => m.en.join() !== (m[locale] as string[]).join());
    expect(mismatched).toEqual([]);
  });

  it.each(supportedLocales)('%s plurals use only the plural categories of the language', (locale) => {
    const categories = new Set<string>(
      new Intl.PluralRules(intlLocale(locale)).resolvedOptions().pluralCategories,
    );
    for (const key of present(locale)) {
      for (const options of pluralsOf(parsed(locale, key))) {
        expect(options, `${locale} ${key}`).toContain('other');
        for (const option of options) {
          expect(categories.has(option) || /^=\d+$/.test(option), `${locale} ${key}: ${option}`).toBe(true);
        }
      }
    }
  });

  it.each(translated)('%s is a translation, not a copy of English', (locale) => {
    for (const key of present(locale)) {
      if (sameInEveryLanguage.has(key)) continue;
      const message = catalogues[locale][key];
      if (locale === 'hi' || locale === 'mr') expect(message, `${locale} ${key}`).toMatch(/[\u0900-\u097F]/);
      expect(message, `${locale} ${key}`).not.toBe(en[key]);
      // A straight apostrophe can open a quoted span in ICU; the catalogues write ’ instead.
      expect(message, `${locale} ${key}`).not.toContain("'");
    }
  });

  it('has a message for every error code', () => {
    const missing = Object.keys(errorCodes).filter((code) => !Object.hasOwn(en, `error.${code}`));
    expect(missing).toEqual([]);
  });

  it('has no message that no code uses', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(0);
    const validate = files.find((f) => f.path.endsWith(join('server', 'src', 'shared', 'validate.ts')));
    expect(validate, 'packages/server/src/shared/validate.ts').toBeDefined();
    const reasons = new Set(
      [...(validate?.text ?? '').matchAll(/reason:\s*['"]([\w.]+)['"]/g)].map((m) => m[1]),
    );
    const codeFiles = files.filter((f) => !f.path.endsWith(join('errors', 'domain-error.ts')));

    const used = (key: MessageKey): boolean => {
      if (files.some((f) => quoted(f.text, key))) return true;
      const [prefix, ...rest] = key.split('.');
      const code = rest.join('.');
      switch (prefix) {
        case 'error':
          return Object.hasOwn(errorCodes, code);
        case 'warning':
          // Warnings are raised by code (ctx.warn({ code }), sizeWarning); the error list does not count.
          return codeFiles.some((f) => quoted(f.text, code));
        case 'validation':
          return reasons.has(code);
        default:
          return false;
      }
    };
    expect(keys.filter((key) => !used(key))).toEqual([]);
  });
});

describe('translate', () => {
  it('gives Hindi text for a Hindi plural message', () => {
    const one = translate('hi', 'warning.group.size_below_min', { count: 1, min: 10 });
    const many = translate('hi', 'warning.group.size_below_min', { count: 5, min: 10 });
    expect(one).toMatch(/[\u0900-\u097F]/);
    expect(one).toContain('1 सदस्य है');
    expect(many).toContain('5 सदस्य हैं');
    expect(many).toContain('10');
    expect(many).not.toMatch(/member/i);
    expect(translate('hi', 'error.auth.rate_limited', { seconds: 30 })).toContain('30 सेकंड');
  });

  it('gives Marathi and French plurals', () => {
    expect(translate('mr', 'warning.group.size_above_max', { count: 21, max: 20 })).toContain('21 सदस्य आहेत');
    expect(translate('mr', 'error.auth.rate_limited', { seconds: 1 })).toContain('1 सेकंदाने');
    expect(translate('fr', 'warning.group.size_below_min', { count: 1, min: 10 })).toContain('1 membre.');
    expect(translate('fr', 'error.auth.rate_limited', { seconds: 30 })).toContain('30 secondes');
  });
});

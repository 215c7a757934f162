import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { supportedLocales } from '@groundwork/core';
import { describe, expect, it } from 'vitest';
import { webCatalogues } from './app-messages.ts';
import { en } from './catalogues/en.ts';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'catalogues' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The names of a message's arguments, so a translation cannot drop or rename one. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date) into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('the web catalogues', () => {
  const keys = Object.keys(en).sort();

  it.each(supportedLocales)('%s has every key, no others, none empty, with the same arguments', (locale) => {
    const catalogue = webCatalogues[locale] as Record<string, string>;
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys) {
      const text = catalogue[key] ?? '';
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      const wanted = [...argumentsOf(parse(en[key as keyof typeof en]))].sort();
      expect([...argumentsOf(parse(text))].sort(), `${locale} ${key}`).toEqual(wanted);
    }
  });

  it('uses every key somewhere in the app, written out whole', () => {
    const code = sourceFiles(srcDir)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = keys.filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { cliLocale } from './locale.ts';

describe('cliLocale', () => {
  it('takes GROUNDWORK_LOCALE when it is a language we have', () => {
    expect(cliLocale({ GROUNDWORK_LOCALE: 'mr', LANG: 'fr_FR.UTF-8' })).toBe('mr');
    expect(cliLocale({ GROUNDWORK_LOCALE: 'FR' })).toBe('fr');
    expect(cliLocale({ GROUNDWORK_LOCALE: 'hi-IN' })).toBe('hi');
  });

  it('falls back to the system language', () => {
    expect(cliLocale({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(cliLocale({ LANG: 'hi_IN' })).toBe('hi');
    expect(cliLocale({ GROUNDWORK_LOCALE: 'de', LANG: 'mr_IN.UTF-8' })).toBe('mr');
    expect(cliLocale({ GROUNDWORK_LOCALE: '', LC_ALL: 'fr_CA.UTF-8', LANG: 'hi_IN' })).toBe('fr');
    expect(cliLocale({ LC_MESSAGES: 'hi_IN.UTF-8', LANG: 'fr_FR' })).toBe('hi');
  });

  it('speaks English otherwise', () => {
    expect(cliLocale({})).toBe('en');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'POSIX' })).toBe('en');
    expect(cliLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(cliLocale({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLocale({ GROUNDWORK_LOCALE: 'xx' })).toBe('en');
  });
});

import { isLocale, type Locale } from '@groundwork/core';

/** `fr_FR.UTF-8`, `fr-FR` and `fr` all name French; C, POSIX and unknown languages name none we speak. */
function languageOf(value: string | undefined): Locale | undefined {
  const language =
    value
      ?.trim()
      .split(/[_.@-]/)[0]
      ?.toLowerCase() ?? '';
  return isLocale(language) ? language : undefined;
}

/**
 * The language the command line speaks: GROUNDWORK_LOCALE when it names one we have, else the system's
 * (the first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX reads them), else English.
 */
export function cliLocale(env: Record<string, string | undefined> = process.env): Locale {
  const chosen = languageOf(env.GROUNDWORK_LOCALE);
  if (chosen) return chosen;
  const system = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return languageOf(system) ?? 'en';
}

import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeFile } from './testing.ts';

const bin = resolve(import.meta.dirname, '../../bin/groundwork.js');

function groundwork(dataDir: string, ...args: string[]) {
  return inLocale('en', dataDir, ...args);
}

function inLocale(locale: string, dataDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, GROUNDWORK_DATA_DIR: dataDir, DATABASE_URL: '', GROUNDWORK_LOCALE: locale },
    encoding: 'utf8',
  });
}

describe('the groundwork command', () => {
  const dir = useTempDir();

  it('answers bad input with one plain line and exit code 1, never a stack trace', () => {
    const dataDir = join(dir, 'data');
    const org = [
      'org',
      'add',
      '--name',
      'Nashik',
      '--slug',
      'nashik',
      '--country',
      'IN',
      '--currency',
      'INR',
    ];
    expect(groundwork(dataDir, ...org, '--time-zone', 'Asia/Kolkata').status).toBe(0);
    const taken = groundwork(dataDir, ...org, '--time-zone', 'Asia/Kolkata');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toBe('An organisation with the short name nashik already exists. (slug)\n');
    const file = writeFile(dir, 'people.csv', 'given_name,sex\nSunita,female\n');
    const unknown = groundwork(dataDir, 'import', 'people', file, '--org', 'nowhere');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('No organisation has the short name "nowhere".\n');
    const missing = groundwork(dataDir, 'import', 'people', join(dir, 'missing.csv'), '--org', 'nashik');
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks the language GROUNDWORK_LOCALE names', () => {
    const dataDir = join(dir, 'data-fr');
    const file = writeFile(dir, 'personnes.csv', 'given_name,sex\nAminata,female\n');
    const unknown = inLocale('fr', dataDir, 'import', 'people', file, '--org', 'nulle-part');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('Aucune organisation n’a le nom court «\u00a0nulle-part\u00a0».\n');
    const migrated = inLocale('fr', dataDir, 'migrate');
    expect(migrated.status).toBe(0);
    expect(migrated.stdout).toBe('La base de données est à jour.\n');
  });
});

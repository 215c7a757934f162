import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeFile } from './testing.ts';

const bin = resolve(import.meta.dirname, '../../bin/groundwork.js');

function groundwork(dataDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, GROUNDWORK_DATA_DIR: dataDir, DATABASE_URL: '' },
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
});

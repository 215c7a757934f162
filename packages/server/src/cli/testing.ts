import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '@groundwork/core';
import { afterAll } from 'vitest';
import type { Output } from './output.ts';

export interface CapturedOutput extends Output {
  stdout: string;
  stderr: string[];
}

/** Output kept for a test to read, in English unless the test asks for another language. */
export function captureOutput(locale: Locale = 'en'): CapturedOutput {
  const captured: CapturedOutput = {
    locale,
    stdout: '',
    stderr: [],
    out: (line) => {
      captured.stdout += `${line}\n`;
    },
    raw: (text) => {
      captured.stdout += text;
    },
    err: (line) => {
      captured.stderr.push(line);
    },
  };
  return captured;
}

/** A folder of its own for the suite it is called in, removed after the suite. */
export function useTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function writeFile(dir: string, name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

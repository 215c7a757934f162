import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Output } from './output.ts';

export interface CapturedOutput extends Output {
  stdout: string;
  stderr: string[];
}

export function captureOutput(): CapturedOutput {
  const captured: CapturedOutput = {
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

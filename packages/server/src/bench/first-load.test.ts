import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { firstLoadTargetBytes, measureFirstLoad, signInTargetBytes } from './first-load.ts';

/** A build check, not a timing: `npm test` builds the app first (pretest), and the sizes are exact. */
describe('the field app build', () => {
  const measured = measureFirstLoad(loadConfig({}).webDir);

  it('keeps the first load of the field screens within 200 KB of gzipped JavaScript', () => {
    expect(measured.fieldScreensBytesGzipped).toBeGreaterThan(0);
    expect(measured.fieldScreensBytesGzipped).toBeLessThanOrEqual(firstLoadTargetBytes);
  });

  it('keeps the sign-in screen within 40 KB of gzipped JavaScript, without the app’s words', () => {
    expect(measured.signInScreenBytesGzipped).toBeGreaterThan(0);
    expect(measured.signInScreenBytesGzipped).toBeLessThanOrEqual(signInTargetBytes);
  });

  it('loads the coordinator screens lazily, not with the field screens', () => {
    expect(measured.lazyChunks.some((c) => c.chunk.includes('src/coordinator/'))).toBe(true);
    expect(measured.files.some((f) => f.includes('dashboard'))).toBe(false);
  });
});

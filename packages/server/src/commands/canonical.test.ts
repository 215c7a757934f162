import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical } from './canonical.ts';

/** The text the command log has always kept: each object rebuilt with its keys sorted, then JSON. */
const logged = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

describe('the canonical text of a payload', () => {
  it('sorts keys at every depth, so the same payload in any order gives the same text', () => {
    expect(canonical({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
    );
    expect(canonical({ a: { c: null, d: [{ y: 2, z: 1 }] }, b: 1 })).toBe(
      canonical({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } }),
    );
  });

  it('is byte for byte the text already in the command log, for any JSON a device can send', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonical(value)).toBe(logged(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps what JSON does with index-like keys, missing values, dates and odd numbers', () => {
    const odd = {
      b: undefined,
      '10': 'ten',
      '2': 'two',
      a: [undefined, () => 1, Number.NaN, -0, 1e21],
      when: new Date('2026-12-02T10:00:00.000Z'),
      '4294967295': 'not an index',
      '01': 'not an index either',
    };
    expect(canonical(odd)).toBe(logged(odd));
  });
});

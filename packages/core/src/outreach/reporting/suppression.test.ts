import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isShareable,
  minimumCellSize,
  sharedShare,
  suppressCount,
  suppressSmallCounts,
  suppressWithTotal,
} from './suppression.ts';

describe('suppressSmallCounts', () => {
  it('suppresses 4 and keeps 5', () => {
    expect(minimumCellSize).toBe(5);
    expect(suppressSmallCounts({ four: 4, five: 5, many: 1200 })).toEqual({
      four: { value: null, suppressed: true },
      five: { value: 5, suppressed: false },
      many: { value: 1200, suppressed: false },
    });
  });

  it('suppresses the counts of a list in the same way', () => {
    expect(suppressSmallCounts([4, 5, 0])).toEqual([
      { value: null, suppressed: true },
      { value: 5, suppressed: false },
      { value: null, suppressed: true },
    ]);
  });

  it('suppresses zero as well: "none of them" tells as much as a few', () => {
    expect(suppressCount(0)).toEqual({ value: null, suppressed: true });
    expect(isShareable(0)).toBe(false);
  });

  it('never shows a count under the minimum, and shows every other as it is', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 20 }), (count, minimum) => {
        const shared = suppressCount(count, minimum);
        if (count < minimum) expect(shared).toEqual({ value: null, suppressed: true });
        else expect(shared).toEqual({ value: count, suppressed: false });
      }),
    );
  });
});

describe('suppressWithTotal', () => {
  it('shows the total when nothing is suppressed', () => {
    const { parts, total } = suppressWithTotal([5, 12]);
    expect(parts.map((p) => p.value)).toEqual([5, 12]);
    expect(total).toEqual({ value: 17, suppressed: false });
  });

  it('hides the total when it would give one suppressed partner away', () => {
    // 13 - 10 = 3: the suppressed partner's count.
    const { parts, total } = suppressWithTotal([3, 10]);
    expect(parts).toEqual([
      { value: null, suppressed: true },
      { value: 10, suppressed: false },
    ]);
    expect(total).toEqual({ value: null, suppressed: true });
  });

  it('shows the total when the suppressed partners together reach the minimum', () => {
    const { total } = suppressWithTotal([3, 2, 10]);
    expect(total).toEqual({ value: 15, suppressed: false });
  });

  it('never lets the total and the shown parts recover a sum under the minimum', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 8 }), (counts) => {
        const { parts, total } = suppressWithTotal(counts);
        parts.forEach((p, i) => {
          expect(p.suppressed).toBe(counts[i]! < minimumCellSize);
        });
        if (total.suppressed) return;
        const shown = parts.reduce((sum, p) => sum + (p.value ?? 0), 0);
        const recovered = total.value - shown;
        const anyHidden = parts.some((p) => p.suppressed);
        expect(total.value).toBe(counts.reduce((a, b) => a + b, 0));
        if (anyHidden) expect(recovered).toBeGreaterThanOrEqual(minimumCellSize);
      }),
    );
  });
});

describe('sharedShare', () => {
  it('is the share of two shown counts', () => {
    expect(sharedShare(suppressCount(6), suppressCount(8))).toBe(0.75);
  });

  it('has no value when either count is suppressed', () => {
    expect(sharedShare(suppressCount(4), suppressCount(8))).toBeNull();
    expect(sharedShare(suppressCount(6), suppressCount(3))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { sizeWarning, termCurrentOn, termsOverlap } from './rules.ts';

describe('group size', () => {
  it('warns an SHG outside 10-20 members and not inside', () => {
    expect(sizeWarning('shg', 9)).toBe('group.size_below_min');
    expect(sizeWarning('shg', 10)).toBeUndefined();
    expect(sizeWarning('shg', 20)).toBeUndefined();
    expect(sizeWarning('shg', 21)).toBe('group.size_above_max');
    expect(sizeWarning('federation', 300)).toBeUndefined();
  });
});

describe('terms', () => {
  it('treats an open term as never ending and a term ending on a day as over that day', () => {
    expect(termsOverlap({ start: '2024-01-01', end: null }, { start: '2030-01-01', end: null })).toBe(true);
    expect(termsOverlap({ start: '2024-01-01', end: '2025-01-01' }, { start: '2025-01-01', end: null })).toBe(
      false,
    );
    expect(termsOverlap({ start: '2024-01-01', end: '2025-01-02' }, { start: '2025-01-01', end: null })).toBe(
      true,
    );
    expect(termCurrentOn({ start: '2024-01-01', end: '2025-01-01' }, '2024-12-31')).toBe(true);
    expect(termCurrentOn({ start: '2024-01-01', end: '2025-01-01' }, '2025-01-01')).toBe(false);
  });
});

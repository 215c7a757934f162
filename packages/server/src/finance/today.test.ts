import { describe, expect, it } from 'vitest';
import type { Organisation } from '../orgs/organisations.ts';
import { orgToday } from './today.ts';

const at = (timeZone: string, now: string) => orgToday({ now, org: { timeZone } as Organisation });

describe("the organisation's today", () => {
  it('turns at local midnight, to the second, in zones half and three quarters of an hour off UTC', () => {
    expect(at('Asia/Kolkata', '2026-12-01T18:29:59.999Z')).toBe('2026-12-01');
    expect(at('Asia/Kolkata', '2026-12-01T18:30:00.000Z')).toBe('2026-12-02');
    expect(at('Asia/Kathmandu', '2026-12-01T18:14:59.999Z')).toBe('2026-12-01');
    expect(at('Asia/Kathmandu', '2026-12-01T18:15:00.000Z')).toBe('2026-12-02');
    expect(at('Africa/Bamako', '2026-12-01T23:59:59.999Z')).toBe('2026-12-01');
    expect(at('Africa/Bamako', '2026-12-02T00:00:00.000Z')).toBe('2026-12-02');
  });

  it('answers for the zone asked, not the last one', () => {
    expect(at('Asia/Kolkata', '2026-12-01T20:00:00.000Z')).toBe('2026-12-02');
    expect(at('Africa/Bamako', '2026-12-01T20:00:00.000Z')).toBe('2026-12-01');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableFrom, type DailyNet, kitNeeds, repeatedKitItem, stockKey, stockTotals } from './stock.ts';

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
const days = fc.array(fc.record({ on: day, net: fc.integer({ min: -50, max: 100 }) }), { maxLength: 20 });

/** The balance at the end of each day from `on`, by brute force. */
function balancesFrom(movements: DailyNet[], on: string): number[] {
  const dates = [...new Set([on, ...movements.map((m) => m.on).filter((d) => d > on)])];
  return dates.map((d) => movements.filter((m) => m.on <= d).reduce((sum, m) => sum + m.net, 0));
}

describe('stock rules', () => {
  it('matches items and units whatever their case and spacing', () => {
    expect(stockKey('  Toor   Dal ')).toBe('toor dal');
    expect(stockKey('KG')).toBe('kg');
    expect(
      kitNeeds([{ item: 'Rice', unit: 'Kg', quantity: 5 }]).map((n) => [n.itemKey, n.unit, n.quantity]),
    ).toEqual([['rice', 'kg', 5]]);
  });

  it('finds an item listed twice in a kit in the same unit, not in another unit', () => {
    const rice = { item: 'Rice', unit: 'kg', quantity: 5 };
    expect(repeatedKitItem([rice, { item: 'Oil', unit: 'l', quantity: 1 }])).toBe(-1);
    expect(repeatedKitItem([rice, { item: 'oil', unit: 'l', quantity: 1 }, { ...rice, item: 'rice ' }])).toBe(
      2,
    );
    expect(repeatedKitItem([rice, { ...rice, unit: 'g' }])).toBe(-1);
  });

  it('gives nothing before stock arrives, and keeps what later days already gave out', () => {
    const movements = [
      { on: '2026-11-10', net: 100 },
      { on: '2026-11-12', net: -30 },
      { on: '2026-11-15', net: -60 },
    ];
    expect(availableFrom(movements, '2026-11-09')).toBe(0);
    expect(availableFrom(movements, '2026-11-10')).toBe(10);
    expect(availableFrom(movements, '2026-11-20')).toBe(10);
    expect(availableFrom([], '2026-11-20')).toBe(0);
  });

  it('allows an outflow exactly when no balance from its day on would go negative', () => {
    fc.assert(
      fc.property(days, day, fc.integer({ min: 1, max: 200 }), (movements, on, quantity) => {
        const fits = balancesFrom(movements, on).every((balance) => balance - quantity >= 0);
        expect(quantity <= availableFrom(movements, on)).toBe(fits);
      }),
      { numRuns: 1000 },
    );
  });

  it('splits in from out and balances them', () => {
    expect(stockTotals([100, -30, 5, -60])).toEqual({ in: 105, out: 90, balance: 15 });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 })), (qs) => {
        const totals = stockTotals(qs);
        expect(totals.balance).toBe(qs.reduce((a, b) => a + b, 0));
        expect(totals.in).toBeGreaterThanOrEqual(0);
        expect(totals.out).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

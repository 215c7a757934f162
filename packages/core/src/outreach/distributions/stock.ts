import type { KitItem } from './schemas.ts';

/** How stock lines are matched: 'Rice ', 'rice' and 'RICE' are one item; units likewise ('Kg', 'kg'). */
export function stockKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface StockNeed {
  item: string;
  itemKey: string;
  unit: string;
  quantity: number;
}

/** The index of the first kit line that repeats an earlier item in the same unit, or -1. */
export function repeatedKitItem(items: readonly KitItem[]): number {
  const seen = new Set<string>();
  return items.findIndex((line) => {
    const key = `${stockKey(line.item)}\u0000${stockKey(line.unit)}`;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

/** What one kit takes out of a point's stock, line by line, with the keys stock is matched on. */
export function kitNeeds(items: readonly KitItem[]): StockNeed[] {
  return items.map((line) => ({
    item: line.item,
    itemKey: stockKey(line.item),
    unit: stockKey(line.unit),
    quantity: line.quantity,
  }));
}

export interface DailyNet {
  /** YYYY-MM-DD */
  on: string;
  /** Everything in less everything out on that day. */
  net: number;
}

/**
 * How much can leave on `on` without any day's balance from then on going below zero. Stock received
 * tomorrow cannot be given today, and what was given after `on` (a phone syncing late) still has to be
 * covered, so this is the lowest running balance over `on` and every later day with a movement.
 */
export function availableFrom(days: readonly DailyNet[], on: string): number {
  // Balances are counted at the end of a day, so the movements of one day are taken together.
  const byDay = new Map<string, number>();
  for (const d of days) byDay.set(d.on, (byDay.get(d.on) ?? 0) + d.net);
  const sorted = [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let running = 0;
  for (const [day, net] of sorted) if (day <= on) running += net;
  let lowest = running;
  for (const [day, net] of sorted) {
    if (day <= on) continue;
    running += net;
    lowest = Math.min(lowest, running);
  }
  return lowest;
}

export interface StockTotals {
  in: number;
  out: number;
  balance: number;
}

/** Quantities in (received, counted up) and out (given, counted down), and what is left. */
export function stockTotals(quantities: readonly number[]): StockTotals {
  let inflow = 0;
  let outflow = 0;
  for (const q of quantities) {
    if (q > 0) inflow += q;
    else outflow -= q;
  }
  return { in: inflow, out: outflow, balance: inflow - outflow };
}

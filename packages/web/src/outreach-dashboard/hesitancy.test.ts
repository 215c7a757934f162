import { type FunnelRow, hesitancyReasons, type ReasonMonth } from '@groundwork/core';
import { describe, expect, it } from 'vitest';
import { funnelShares, funnelValues, reasonSeries } from './hesitancy.ts';

const row = (vaccineId: string, visited: number, counselled: number, agreed: number, vaccinated: number) =>
  ({ vaccineId, visited, counselled, agreed, vaccinated, vaccinatedElsewhere: 0 }) satisfies FunnelRow;

const noReasons = () => Object.fromEntries(hesitancyReasons.map((r) => [r, 0])) as ReasonMonth['reasons'];

describe('the hesitancy funnel', () => {
  const rows = [row('measles', 10, 8, 5, 3), row('polio', 4, 4, 1, 0)];

  it('adds every vaccine together, or shows one', () => {
    expect(funnelValues(rows)).toEqual([14, 12, 6, 3]);
    expect(funnelValues(rows, 'polio')).toEqual([4, 4, 1, 0]);
    expect(funnelValues(rows, 'unknown')).toEqual([0, 0, 0, 0]);
  });

  it('gives each stage as a share of the people visited', () => {
    expect(funnelShares([14, 12, 6, 3])).toEqual([100, 85.7, 42.9, 21.4]);
    expect(funnelShares([0, 0, 0, 0])).toEqual([null, null, null, null]);
  });

  it('draws a line per reason given, month by month, in order, leaving out reasons nobody gave', () => {
    const march: ReasonMonth = { month: '2026-03', visited: 5, reasons: { ...noReasons(), rumours: 2 } };
    const january: ReasonMonth = {
      month: '2026-01',
      visited: 3,
      reasons: { ...noReasons(), rumours: 1, loss_of_wages: 2 },
    };
    const february: ReasonMonth = { month: '2026-02', visited: 1, reasons: noReasons() };
    expect(reasonSeries([march, january, february])).toEqual({
      months: ['2026-01', '2026-02', '2026-03'],
      reasons: [
        { reason: 'rumours', values: [1, 0, 2] },
        { reason: 'loss_of_wages', values: [2, 0, 0] },
      ],
    });
    expect(reasonSeries([])).toEqual({ months: [], reasons: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { type FunnelVisit, hesitancyFunnel, reasonsByMonth } from './funnel.ts';

const v = (
  personId: string,
  visitedOn: string,
  outcome: FunnelVisit['outcome'],
  counselled = false,
  vaccineId = 'covid',
): FunnelVisit => ({ personId, vaccineId, visitedOn, outcome, counselled });

describe('hesitancy funnel', () => {
  // Six people first visited in March, one visited first in February, one first in April.
  const visits = [
    v('a', '2026-03-02', 'will_think', true),
    v('a', '2026-03-09', 'agreed'),
    v('b', '2026-03-03', 'refused', true),
    v('b', '2026-03-20', 'agreed', true),
    v('c', '2026-03-04', 'will_think'),
    v('d', '2026-03-05', 'refused'),
    v('e', '2026-03-06', 'vaccinated_elsewhere', true),
    v('f', '2026-03-07', 'will_think', true),
    v('g', '2026-02-10', 'agreed', true),
    v('h', '2026-04-02', 'agreed', true),
    v('a', '2026-03-02', 'refused', false, 'hpv'),
  ];
  const doses = [
    { personId: 'a', vaccineId: 'covid', givenOn: '2026-03-15' },
    // c was vaccinated before anyone visited her: not a result of the follow-up.
    { personId: 'c', vaccineId: 'covid', givenOn: '2026-01-10' },
    // f was vaccinated without saying "agreed": counted at that stage all the same.
    { personId: 'f', vaccineId: 'covid', givenOn: '2026-03-25' },
    // b's dose came after the period: not in March's funnel.
    { personId: 'b', vaccineId: 'covid', givenOn: '2026-04-05' },
    { personId: 'g', vaccineId: 'covid', givenOn: '2026-03-01' },
    { personId: 'a', vaccineId: 'hpv', givenOn: '2026-03-30' },
  ];

  it('counts each person once at every stage she reached, for the people first visited in the period', () => {
    const [covid, hpv] = hesitancyFunnel(visits, doses, { from: '2026-03-01', to: '2026-03-31' });
    expect(covid).toEqual({
      vaccineId: 'covid',
      visited: 6,
      counselled: 4,
      agreed: 2,
      vaccinated: 2,
      vaccinatedElsewhere: 1,
    });
    expect(hpv).toEqual({
      vaccineId: 'hpv',
      visited: 1,
      counselled: 0,
      agreed: 0,
      vaccinated: 1,
      vaccinatedElsewhere: 0,
    });
  });

  it('sees what came later when the period runs on, and leaves out visits after its end', () => {
    const [covid] = hesitancyFunnel(visits, doses, { from: null, to: '2026-04-30' });
    expect(covid).toMatchObject({ visited: 8, counselled: 6, agreed: 4, vaccinated: 4 });
    const [early] = hesitancyFunnel(visits, doses, { from: null, to: '2026-03-05' });
    expect(early).toMatchObject({ visited: 5, counselled: 3, agreed: 1, vaccinated: 1 });
  });

  it('has no row for a vaccine nobody was first visited for in the period', () => {
    expect(hesitancyFunnel(visits, doses, { from: '2026-05-01', to: '2026-05-31' })).toEqual([]);
  });
});

describe('reasons over time', () => {
  it('counts per month the visited people who gave each reason, each person once a month', () => {
    const months = reasonsByMonth([
      { personId: 'a', visitedOn: '2026-03-02', reasons: ['rumours', 'loss_of_wages'] },
      { personId: 'a', visitedOn: '2026-03-20', reasons: ['rumours'] },
      { personId: 'b', visitedOn: '2026-03-03', reasons: ['rumours'] },
      { personId: 'c', visitedOn: '2026-03-04', reasons: [] },
      { personId: 'a', visitedOn: '2026-04-01', reasons: ['fear_of_side_effects'] },
      { personId: 'a', visitedOn: '2026-01-15', reasons: ['other'] },
    ]);
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-03', '2026-04']);
    expect(months[1]).toMatchObject({
      visited: 3,
      reasons: { rumours: 2, loss_of_wages: 1, fear_of_side_effects: 0, other: 0 },
    });
    expect(months[2]?.reasons.fear_of_side_effects).toBe(1);
    expect(months[0]?.reasons.other).toBe(1);
  });
});

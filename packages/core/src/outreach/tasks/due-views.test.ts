import { describe, expect, it } from 'vitest';
import type { HesitancyVisitView } from '../hesitancy/schemas.ts';
import type { FollowUpPlanView, HomeVisitView } from '../home-visits/views.ts';
import type { PregnancyView } from '../pregnancies/views.ts';
import type { DoseView, VaccineView } from '../vaccination/schemas.ts';
import { type DueTasksInput, dueTasks } from './due.ts';

const covid = { id: 'vac-covid' };

describe('dueTasks on the phone', () => {
  it('takes the change-feed views as the phone holds them', () => {
    const vaccine: VaccineView = {
      id: covid.id,
      name: 'Covishield',
      code: 'COVID19-CVS',
      dosesInSeries: 2,
      minIntervalDays: 28,
      createdAt: '2026-01-01T00:00:00Z',
    };
    const given: DoseView = {
      id: 'dose-1',
      personId: 'sunita',
      vaccineId: covid.id,
      doseNumber: 1,
      givenOn: '2026-11-03',
      driveId: null,
      site: null,
      lotNumber: null,
      recordedBy: 'worker',
      recordedAt: '2026-11-03T10:00:00Z',
      voidedAt: null,
      voidReason: null,
    };
    const plan: FollowUpPlanView = {
      id: 'plan-1',
      personId: 'sunita',
      kind: 'pregnancy',
      startsOn: '2026-12-01',
      endsOn: null,
      pregnancyId: 'preg-1',
      endedOn: null,
      endReason: null,
      recordedBy: 'worker',
      createdAt: '2026-12-01T10:00:00Z',
      updatedAt: '2026-12-01T10:00:00Z',
    };
    const input: DueTasksInput = {
      person: { id: 'sunita' },
      doses: [given],
      hesitancyVisits: [] as HesitancyVisitView[],
      plans: [plan],
      homeVisits: [] as HomeVisitView[],
      pregnancies: [] as PregnancyView[],
      vaccines: [vaccine],
      maxRefusals: 3,
    };
    expect(dueTasks(input, '2026-12-01').map((t) => `${t.kind}:${t.dueOn}`)).toEqual([
      'dose:2026-12-01',
      'home_visit:2026-12-01',
    ]);
  });
});

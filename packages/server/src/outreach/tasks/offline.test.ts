import {
  type DoseView,
  type DueTasksInput,
  defaultMaxRefusals,
  dueTasks,
  type FollowUpPlanView,
  type HesitancyVisitView,
  type HomeVisitView,
  newId,
  type PregnancyView,
  taskAgenda,
  type VaccineView,
} from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { call, makeOrg, startTestApp, type TestApp } from '../../testing/harness.ts';
import { listDay, type TaskWorld, taskWorld } from './testing.ts';

interface Change {
  entity: string;
  id: string;
  data: Record<string, unknown>;
}

/** The phone's store: the last state of every record the worker's device pulled. */
function phoneStore(changes: Change[]) {
  const byEntity = new Map<string, Map<string, Record<string, unknown>>>();
  for (const c of changes) {
    const records = byEntity.get(c.entity) ?? new Map();
    records.set(c.id, c.data);
    byEntity.set(c.entity, records);
  }
  return <T>(entity: string) => [...(byEntity.get(entity)?.values() ?? [])] as T[];
}

/** Today's list worked out on the phone from what it pulled, with the core functions alone. */
function phoneList(changes: Change[], today: string, upcomingDays = 7) {
  const all = phoneStore(changes);
  const mine = <T extends { personId: string }>(entity: string, personId: string) =>
    all<T>(entity).filter((r) => r.personId === personId);
  const settings = all<{ maxRefusals: number }>('outreach_settings')[0];
  const tasks = all<{ id: string; consent: { given: boolean } | null }>('person')
    .filter((p) => p.consent?.given)
    .flatMap((person) => {
      const input: DueTasksInput = {
        person,
        doses: mine<DoseView>('dose', person.id),
        hesitancyVisits: mine<HesitancyVisitView>('hesitancy_visit', person.id),
        plans: mine<FollowUpPlanView>('follow_up_plan', person.id),
        homeVisits: mine<HomeVisitView>('home_visit', person.id),
        pregnancies: mine<PregnancyView>('pregnancy', person.id),
        vaccines: all<VaccineView>('vaccine'),
        maxRefusals: settings?.maxRefusals ?? defaultMaxRefusals,
      };
      return dueTasks(input, today);
    });
  return taskAgenda(tasks, today, upcomingDays);
}

const key = (t: { kind: string; personId: string; dueOn: string; refId: string }) =>
  `${t.kind} ${t.personId} ${t.dueOn} ${t.refId}`;

describe.each(testDatabaseKinds())('today’s tasks offline on $name', (kind) => {
  let t: TestApp;
  let w: TaskWorld;

  const pullAll = async (token: string) => {
    const res = await call(t.app, { method: 'GET', url: '/api/sync/pull?since=0&limit=1000', token });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().hasMore).toBe(false);
    return res.json().changes as Change[];
  };
  const serverList = async (token: string, date: string) => {
    const res = await call(t.app, { method: 'GET', url: `/api/outreach/tasks?date=${date}`, token });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Record<'overdue' | 'dueToday' | 'upcoming', Parameters<typeof key>[0][]>;
  };
  const parts = ['overdue', 'dueToday', 'upcoming'] as const;
  const keys = (list: Record<(typeof parts)[number], Parameters<typeof key>[0][]>) =>
    Object.fromEntries(parts.map((p) => [p, list[p].map(key)]));

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await taskWorld(t, await makeOrg(t.database, 'tasks-offline'));
  });
  afterAll(() => t.close());

  it('gives on the phone, from what it pulled, the list the server gives', async () => {
    // Workers given areas: a health record reaches a device by the person's area (see `feedPlace`).
    for (const worker of ['health', 'field']) {
      const token = w.tokens[worker]!;
      const onPhone = phoneList(await pullAll(token), listDay);
      expect(keys(onPhone), worker).toEqual(keys(await serverList(token, listDay)));
      expect(onPhone.overdue.length + onPhone.dueToday.length + onPhone.upcoming.length).toBeGreaterThan(0);
    }
  });

  it('registers a person offline, visits her as hesitant, later gives dose 1: dose 2 comes due 28 days on', async () => {
    const token = w.tokens.health!;
    const personId = newId();
    const push = (commands: unknown[]) =>
      call(t.app, {
        method: 'POST',
        url: '/api/sync/push',
        token,
        payload: { deviceId: 'phone-asha', commands },
      });
    const visited = await push([
      {
        id: newId(),
        type: 'person.create',
        at: '2026-11-18T09:00:00.000Z',
        payload: {
          id: personId,
          givenName: 'Kusum',
          sex: 'female',
          birthYear: 1987,
          areaId: w.areas.satpur,
          consent: { given: true, date: '2026-11-18' },
        },
      },
      {
        id: newId(),
        type: 'hesitancy.visit',
        at: '2026-11-18T09:10:00.000Z',
        payload: {
          personId,
          vaccineId: w.vaccines.covid,
          visitedOn: '2026-11-18',
          reasons: ['rumours'],
          counselling: { messages: ['myths_answered'] },
          outcome: 'will_think',
          nextVisitOn: '2026-11-25',
        },
      },
    ]);
    expect(visited.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    const hers = (list: Record<(typeof parts)[number], Parameters<typeof key>[0][]>) =>
      parts.flatMap((p) =>
        list[p].filter((x) => x.personId === personId).map((x) => `${p} ${x.kind} ${x.dueOn}`),
      );
    expect(hers(await serverList(token, '2026-11-26'))).toEqual(['overdue hesitancy_follow_up 2026-11-25']);
    expect(hers(phoneList(await pullAll(token), '2026-11-26'))).toEqual([
      'overdue hesitancy_follow_up 2026-11-25',
    ]);

    const dosed = await push([
      {
        id: newId(),
        type: 'vaccination.record',
        at: '2026-11-27T11:00:00.000Z',
        payload: { personId, vaccineId: w.vaccines.covid, doseNumber: 1, givenOn: '2026-11-27' },
      },
    ]);
    expect(dosed.json().results[0].status).toBe('applied');
    expect(hers(await serverList(token, listDay))).toEqual([]);
    const later = await call(t.app, {
      method: 'GET',
      url: '/api/outreach/tasks?date=2026-12-25',
      token,
    });
    expect(hers(later.json())).toEqual(['dueToday dose 2026-12-25']);
    expect(hers(phoneList(await pullAll(token), '2026-12-25'))).toEqual(['dueToday dose 2026-12-25']);
  });
});

import { type TaskKind, taskKinds } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../../testing/harness.ts';
import { addPeople } from '../vaccination/testing.ts';
import { listDay, type TaskWorld, taskWorld } from './testing.ts';

interface Line {
  kind: TaskKind;
  personId: string;
  personName: string;
  areaName: string | null;
  dueOn: string;
  status: string;
  refId: string;
  detail: Record<string, string | number>;
  description: string;
}
interface List {
  today: string;
  overdue: Line[];
  dueToday: Line[];
  upcoming: Line[];
  countsByKind: Record<TaskKind, { overdue: number; dueToday: number; upcoming: number }>;
}

describe.each(testDatabaseKinds())('today’s tasks on $name', (kind) => {
  let t: TestApp;
  let w: TaskWorld;
  let outsider: string;

  const get = (token: string, url: string) => call(t.app, { method: 'GET', url, token });
  const list = async (token: string, query = '') => {
    const res = await get(token, `/api/outreach/tasks?date=${listDay}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as List;
  };
  const everyLine = (l: List) => [...l.overdue, ...l.dueToday, ...l.upcoming];
  const summary = (lines: Line[]) => lines.map((x) => `${x.kind} ${x.personName} ${x.dueOn}`);

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await taskWorld(t, await makeOrg(t.database, 'tasks-org'));
    const other = await makeOrg(t.database, 'tasks-other');
    await addPeople(t.database, other, [{ givenName: 'Elsewhere' }]);
    await makeUser(t.database, other, 'admin@tasks-other', 'admin');
    outsider = await login(t.app, 'admin@tasks-other');
  });
  afterAll(() => t.close());

  it('gives a worker the tasks of her area’s people only, overdue first, each by its rule', async () => {
    const mine = await list(w.tokens.health!);
    expect(summary(mine.overdue)).toEqual(['dose Farah 2026-10-29', 'home_visit Chitra 2026-11-16']);
    expect(summary(mine.dueToday)).toEqual(['dose Asha Pawar 2026-12-01']);
    expect(summary(mine.upcoming)).toEqual(['hesitancy_follow_up Bina 2026-12-05']);
    expect(everyLine(mine).every((line) => line.areaName === 'Satpur')).toBe(true);
    expect(mine.dueToday[0]).toMatchObject({
      status: 'due',
      refId: w.vaccines.covid,
      detail: { doseNumber: 2 },
      description: 'Dose 2 of Covishield',
    });
    expect(mine.countsByKind.dose).toEqual({ overdue: 1, dueToday: 1, upcoming: 0 });

    const theirs = await list(w.tokens.field!);
    expect(summary(theirs.dueToday)).toEqual(['postnatal_visit Esha 2026-11-30']);
    expect(theirs.dueToday[0]?.detail).toMatchObject({ contact: 'day_3', windowEndsOn: '2026-12-01' });
    expect(summary(theirs.upcoming)).toEqual(['dose Devi 2026-12-08']);
    expect(theirs.overdue).toEqual([]);
  });

  it('follows a worker scoped by group to the group’s members', async () => {
    const mine = await list(w.tokens.grouphealth!);
    expect(summary(everyLine(mine))).toEqual(['dose Hema 2026-12-03']);
  });

  it('counts upcoming days from the date asked for, and refuses a bad date or window', async () => {
    const week = await list(w.tokens.field!, '&upcomingDays=6');
    expect(week.upcoming).toEqual([]);
    const later = await list(w.tokens.field!, '&upcomingDays=7');
    expect(summary(later.upcoming)).toEqual(['dose Devi 2026-12-08']);
    const bad = await get(w.tokens.field!, '/api/outreach/tasks?date=2026-13-01');
    expect(bad.json()).toMatchObject({ status: 422, code: 'request.invalid', field: 'query.date' });
    const wide = await get(w.tokens.field!, '/api/outreach/tasks?upcomingDays=365');
    expect(wide.json()).toMatchObject({ status: 422, code: 'request.invalid', field: 'query.upcomingDays' });
  });

  it('shows another organisation’s user none of these people, nor any worker’s list', async () => {
    const theirs = await list(outsider);
    expect(everyLine(theirs)).toEqual([]);
    const peek = await get(outsider, `/api/outreach/tasks?userId=${w.userIds.health}`);
    expect(peek.json()).toMatchObject({ status: 404, code: 'tasks.worker_not_found', field: 'userId' });
    const counts = await get(outsider, `/api/outreach/tasks/by-worker?date=${listDay}`);
    expect(counts.statusCode).toBe(200);
    expect(counts.json().workers).toEqual([]);
  });

  it('lets a coordinator see a worker’s list as her scope gives it, and no one else', async () => {
    const own = await list(w.tokens.health!);
    const seen = await list(w.tokens.coordinator!, `&userId=${w.userIds.health}`);
    expect(seen).toEqual(own);
    const peek = await get(w.tokens.field!, `/api/outreach/tasks?date=${listDay}&userId=${w.userIds.health}`);
    expect(peek.json()).toMatchObject({ status: 403, code: 'access.denied' });
    const leader = await get(w.tokens.coordinator!, `/api/outreach/tasks?userId=${w.userIds.leader}`);
    expect(leader.json()).toMatchObject({ status: 422, code: 'tasks.not_outreach_worker', field: 'userId' });
    expect((await get(w.tokens.leader!, '/api/outreach/tasks')).statusCode).toBe(403);
  });

  it('gives a coordinator per-worker counts equal to the workers’ own lists', async () => {
    const res = await get(w.tokens.coordinator!, `/api/outreach/tasks/by-worker?date=${listDay}`);
    expect(res.statusCode).toBe(200);
    const workers = res.json().workers as {
      username: string;
      countsByKind: Record<TaskKind, { overdue: number; dueToday: number }>;
      totals: { overdue: number; dueToday: number };
    }[];
    expect(workers.map((x) => x.username)).toEqual([
      'field@tasks-org',
      'grouphealth@tasks-org',
      'health@tasks-org',
    ]);
    for (const worker of workers) {
      const name = worker.username.split('@')[0]!;
      const own = await list(w.tokens[name]!);
      for (const k of taskKinds) {
        expect(worker.countsByKind[k], `${name} ${k}`).toEqual({
          overdue: own.countsByKind[k].overdue,
          dueToday: own.countsByKind[k].dueToday,
        });
      }
    }
    expect(workers.find((x) => x.username.startsWith('health@'))?.totals).toEqual({
      overdue: 2,
      dueToday: 1,
    });
    expect((await get(w.tokens.health!, '/api/outreach/tasks/by-worker')).statusCode).toBe(403);
  });

  it('gives the lists as CSV with translated headings', async () => {
    const csv = await get(w.tokens.health!, `/api/outreach/tasks?date=${listDay}&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(rows[0]).toBe('When,Due on,Task,Person,Area,Details');
    expect(rows[1]).toBe('Overdue,2026-10-29,Vaccine dose,Farah,Satpur,Dose 2 of Hepatitis B');
    expect(rows).toHaveLength(5);
    const hindi = await call(t.app, {
      method: 'GET',
      url: `/api/outreach/tasks/by-worker?date=${listDay}&format=csv`,
      token: w.tokens.coordinator!,
      headers: { 'accept-language': 'hi' },
    });
    const lines = hindi.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('कार्यकर्ता,भूमिका,काम,देर से,आज करना है');
    expect(lines).toHaveLength(1 + 3 * taskKinds.length);
  });

  it('takes the dose task away once the dose is recorded, and puts the next dose’s in its place', async () => {
    const recorded = await call(t.app, {
      method: 'POST',
      url: '/api/outreach/doses',
      token: w.tokens.health!,
      payload: { personId: w.people.farah, vaccineId: w.vaccines.hepB, doseNumber: 2, givenOn: '2026-11-25' },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const after = await list(w.tokens.health!, '&upcomingDays=30');
    const farah = everyLine(after).filter((line) => line.personId === w.people.farah);
    expect(farah).toHaveLength(1);
    expect(farah[0]).toMatchObject({
      kind: 'dose',
      dueOn: '2026-12-23',
      status: 'upcoming',
      detail: { doseNumber: 3 },
    });
    expect(summary(after.overdue)).toEqual(['home_visit Chitra 2026-11-16']);
  });

  it('drops the tasks of someone who has withdrawn her consent', async () => {
    const before = await list(w.tokens.health!);
    expect(everyLine(before).some((line) => line.personId === w.people.bina)).toBe(true);
    const withdrawn = await call(t.app, {
      method: 'POST',
      url: `/api/people/${w.people.bina}/consent`,
      token: w.tokens.health!,
      payload: { given: false, date: '2026-11-30' },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBeLessThan(300);
    const after = await list(w.tokens.health!);
    expect(everyLine(after).some((line) => line.personId === w.people.bina)).toBe(false);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLocalDb, type EntityStore, localDb } from '../../local/db.ts';
import { enqueue } from '../../sync/outbox.ts';
import { outreachCommands } from '../commands.ts';
import { dose, lakshmi, queued, tcv, today } from '../fixtures.ts';
import { combine, loadOutreach, type PulledOutreach } from '../local-data.ts';
import { taskHref, todaysAgenda } from './tasks.ts';

async function put(store: EntityStore, data: Record<string, unknown> & { id: string }) {
  await (await localDb()).put('entities', { store, id: data.id, data });
}

const nothing: PulledOutreach = {
  people: [],
  areas: [],
  vaccines: [],
  drives: [],
  doses: [],
  hesitancyVisits: [],
  plans: [],
  homeVisits: [],
  pregnancies: [],
};

beforeEach(async () => {
  await put('person', { ...lakshmi });
  await put('vaccine', { ...tcv });
});

afterEach(async () => {
  const db = await localDb();
  await db.clear('entities');
  await db.clear('outbox');
  await closeLocalDb();
});

describe('today’s tasks on the phone', () => {
  it('shows the dose-2 task as soon as dose 1 is queued, due the interval after it', async () => {
    expect(todaysAgenda(await loadOutreach(), today).totals).toEqual({
      overdue: 0,
      dueToday: 0,
      upcoming: 0,
    });
    await enqueue(outreachCommands.dose, {
      id: dose(1, '').id,
      personId: lakshmi.id,
      vaccineId: tcv.id,
      doseNumber: 1,
      givenOn: '2026-02-24',
    });
    const agenda = todaysAgenda(await loadOutreach(), today);
    expect(agenda.upcoming).toMatchObject([
      { kind: 'dose', personId: lakshmi.id, refId: tcv.id, dueOn: '2026-03-24', detail: { doseNumber: 2 } },
    ]);
    expect(taskHref(agenda.upcoming[0]!)).toBe(
      `/outreach/people/${lakshmi.id}/dose?vaccine=${tcv.id}&dose=2`,
    );
  });

  it('puts a missed follow-up visit first, then what is due today', async () => {
    await enqueue(outreachCommands.hesitancyVisit, {
      id: '0190a1b2-0000-7000-8000-0000000e0001',
      personId: lakshmi.id,
      vaccineId: tcv.id,
      visitedOn: '2026-03-01',
      reasons: ['rumours'],
      counselling: { messages: [] },
      outcome: 'will_think',
      nextVisitOn: '2026-03-10',
    });
    await put('dose', { ...dose(1, '2026-02-20', 'someone-else') });
    await put('person', { ...lakshmi, id: 'someone-else', givenName: 'Rekha' });
    const agenda = todaysAgenda(await loadOutreach(), '2026-03-20');
    expect(agenda.overdue.map((t) => [t.kind, t.person.givenName, t.dueOn])).toEqual([
      ['hesitancy_follow_up', 'Lakshmi', '2026-03-10'],
    ]);
    expect(agenda.dueToday.map((t) => [t.kind, t.person.givenName])).toEqual([['dose', 'Rekha']]);
  });

  it('gives no task to someone without consent, and ignores a refused command', () => {
    const data = combine(
      {
        ...nothing,
        people: [{ ...lakshmi, consent: { given: false, date: '2026-03-01' } }],
        vaccines: [tcv],
        doses: [dose(1, '2026-02-01')],
      },
      [],
    );
    expect(todaysAgenda(data, today).totals.overdue).toBe(0);
    const refused = combine({ ...nothing, people: [lakshmi], vaccines: [tcv] }, [
      queued(
        outreachCommands.dose,
        { id: 'd-x', personId: lakshmi.id, vaccineId: tcv.id, doseNumber: 1, givenOn: '2026-02-01' },
        'rejected',
      ),
    ]);
    expect(refused.doses).toEqual([]);
    expect(todaysAgenda(refused, today).overdue).toEqual([]);
  });

  it('counts a pulled record once when its command is still in the outbox', () => {
    const pulled = dose(1, '2026-02-01');
    const data = combine({ ...nothing, people: [lakshmi], vaccines: [tcv], doses: [pulled] }, [
      queued(outreachCommands.dose, { ...pulled }),
    ]);
    expect(data.doses).toHaveLength(1);
    expect(data.doses[0]!.pending).toBeUndefined();
  });

  it('shows a person registered offline, with the consent recorded here', () => {
    const data = combine({ ...nothing }, [
      queued(outreachCommands.personCreate, {
        id: 'p-new',
        givenName: 'Meena',
        sex: 'female',
        consent: { given: false, date: today },
      }),
      queued(outreachCommands.consent, { personId: 'p-new', given: true, date: today }),
    ]);
    expect(data.people).toMatchObject([
      { id: 'p-new', givenName: 'Meena', consent: { given: true, date: today }, pending: true },
    ]);
  });
});

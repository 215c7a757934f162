import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { asSystem, call, startTestApp, type TestApp } from '../../testing/harness.ts';
import { addDoses, addPeople, type VaccinationWorld, vaccinationWorld } from './testing.ts';

interface Pulled {
  entity: string;
  id: string;
  op: string;
  data: Record<string, unknown>;
}

describe.each(testDatabaseKinds())('vaccination sync on $name', (kind) => {
  let t: TestApp;
  let w: VaccinationWorld;
  let mine: string[];
  let elsewhere: string[];

  const pull = async (token: string, compact = false): Promise<Pulled[]> => {
    const res = await call(t.app, {
      method: 'GET',
      url: `/api/sync/pull?since=0&limit=2000${compact ? '&compact=true' : ''}`,
      token,
    });
    expect(res.statusCode).toBe(200);
    return res.json().changes;
  };
  const ofEntity = (changes: Pulled[], entity: string) => changes.filter((c) => c.entity === entity);

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await vaccinationWorld(t, 'vsync-org');
    await asSystem(t.database, w.org, [
      {
        type: 'drive.create',
        payload: {
          name: 'Cidco camp',
          startsOn: '2026-02-01',
          endsOn: '2026-02-28',
          sites: [{ name: 'Hall' }],
          target: { areaId: w.ward2 },
        },
      },
    ]);
    const [inWard1, inSlum, inWard2] = await addPeople(t.database, w.org, [
      { givenName: 'Kamal', areaId: w.ward1 },
      { givenName: 'Lalita', areaId: w.slum1 },
      { givenName: 'Meena', areaId: w.ward2 },
    ]);
    const dose = (personId: string) => ({
      personId,
      vaccineId: w.vaccineId,
      doseNumber: 1,
      givenOn: '2026-02-10',
    });
    mine = await addDoses(t.database, w.org, [dose(inWard1!), dose(inSlum!)]);
    elsewhere = await addDoses(t.database, w.org, [dose(inWard2!)]);
    await asSystem(t.database, w.org, [
      { type: 'vaccination.void', payload: { doseId: mine[1], reason: 'Entered twice' } },
    ]);
  });
  afterAll(() => t.close());

  it('gives a scoped health worker the whole catalogue and only her areas’ doses', async () => {
    for (const compact of [false, true]) {
      const changes = await pull(w.tokens.health, compact);
      expect(ofEntity(changes, 'vaccine').map((c) => c.data.code)).toEqual(['COVID19-CVS']);
      expect(ofEntity(changes, 'drive').map((c) => c.data.name)).toEqual(['Cidco camp']);
      const doses = ofEntity(changes, 'dose');
      expect(new Set(doses.map((c) => c.id))).toEqual(new Set(mine));
      expect(doses.some((c) => elsewhere.includes(c.id))).toBe(false);
    }
    const snapshot = ofEntity(await pull(w.tokens.health, true), 'dose');
    expect(snapshot.find((c) => c.id === mine[1])?.data).toMatchObject({
      voidReason: 'Entered twice',
      doseNumber: 1,
      vaccineId: w.vaccineId,
    });
  });

  it('gives a group leader no dose and no catalogue, and a coordinator every dose', async () => {
    const leader = await pull(w.tokens.leader);
    expect(ofEntity(leader, 'dose')).toEqual([]);
    expect(ofEntity(leader, 'vaccine')).toEqual([]);
    expect(ofEntity(leader, 'drive')).toEqual([]);
    const coordinator = ofEntity(await pull(w.tokens.coordinator, true), 'dose');
    expect(new Set(coordinator.map((c) => c.id))).toEqual(new Set([...mine, ...elsewhere]));
  });
});

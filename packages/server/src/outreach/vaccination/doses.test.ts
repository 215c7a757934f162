import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { todayIn } from '../../finance/today.ts';
import { asSystem, login, makeOrg, makeUser, startTestApp, type TestApp } from '../../testing/harness.ts';
import { addDoses, addPeople, apiCalls, type VaccinationWorld, vaccinationWorld } from './testing.ts';

describe.each(testDatabaseKinds())('vaccination doses on $name', (kind) => {
  let t: TestApp;
  let w: VaccinationWorld;
  let outsider: string;
  let outsiderPerson: string | undefined;
  const { post, get, count, refused } = apiCalls(() => t);

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await vaccinationWorld(t, 'vacc-org');
    const other = await makeOrg(t.database, 'vacc-other');
    await makeUser(t.database, other, 'admin@vacc-other', 'admin');
    outsider = await login(t.app, 'admin@vacc-other');
    [outsiderPerson] = await addPeople(t.database, other, [{ givenName: 'Elsewhere' }]);
  });
  afterAll(() => t.close());

  it('records dose 1, shows it with dose 2 due, and refuses what the series does not allow', async () => {
    const [asha] = await addPeople(t.database, w.org, [
      { givenName: 'Asha', areaId: w.ward1, birthYear: 1990 },
    ]);
    const dose = (doseNumber: number, givenOn: string) => ({
      personId: asha,
      vaccineId: w.vaccineId,
      doseNumber,
      givenOn,
    });
    const first = await post(w.tokens.health, '/api/outreach/doses', {
      ...dose(1, '2026-02-01'),
      lotNumber: 'LOT-7',
    });
    expect(first.statusCode).toBe(201);
    const mine = (await get(w.tokens.health, `/api/people/${asha}/doses`)).json();
    expect(mine.items).toEqual([
      expect.objectContaining({
        id: first.json().id,
        doseNumber: 1,
        givenOn: '2026-02-01',
        lotNumber: 'LOT-7',
        voidedAt: null,
      }),
    ]);
    expect(mine.next).toEqual([
      { kind: 'dose', personId: asha, dueOn: '2026-03-01', refId: w.vaccineId, detail: { doseNumber: 2 } },
    ]);

    const soon = await refused(() => post(w.tokens.health, '/api/outreach/doses', dose(2, '2026-02-20')));
    expect(soon).toMatchObject({ code: 'dose.too_soon', field: 'givenOn', status: 409 });
    expect(soon.detail).toContain('2026-03-01');
    const same = await refused(() => post(w.tokens.health, '/api/outreach/doses', dose(1, '2026-02-01')));
    expect(same).toMatchObject({ code: 'dose.duplicate', field: 'doseNumber', status: 409 });
    await post(w.tokens.health, '/api/outreach/doses', dose(2, '2026-03-01'));
    const third = await refused(() => post(w.tokens.health, '/api/outreach/doses', dose(3, '2026-05-01')));
    expect(third).toMatchObject({ code: 'dose.beyond_series', field: 'doseNumber', status: 422 });
    expect(third.detail).toContain('2 doses');
    expect((await get(w.tokens.health, `/api/people/${asha}/doses`)).json().next).toEqual([]);
  });

  it('writes a dose once however often the same command is sent, and refuses it under a new command id', async () => {
    const [bina] = await addPeople(t.database, w.org, [{ givenName: 'Bina', areaId: w.ward1 }]);
    const payload = { personId: bina, vaccineId: w.vaccineId, doseNumber: 1, givenOn: '2026-02-02' };
    const key = newId();
    const first = await post(w.tokens.health, '/api/outreach/doses', payload, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    const before = [await count('doses'), await count('changes')];
    const resent = await post(w.tokens.health, '/api/outreach/doses', payload, { 'idempotency-key': key });
    expect(resent.statusCode).toBe(200);
    expect(resent.json()).toMatchObject({ status: 'duplicate', id: first.json().id });
    expect([await count('doses'), await count('changes')]).toEqual(before);
    const other = await refused(() =>
      post(w.tokens.health, '/api/outreach/doses', payload, { 'idempotency-key': newId() }),
    );
    expect(other).toMatchObject({ code: 'dose.duplicate' });
  });

  it('refuses a dose without consent, for another organisation’s person, out of scope or out of role', async () => {
    const [noConsent, inWard2] = await addPeople(t.database, w.org, [
      { givenName: 'Chhaya', areaId: w.ward1, consent: false },
      { givenName: 'Durga', areaId: w.ward2 },
    ]);
    const dose = (personId: string) => ({
      personId,
      vaccineId: w.vaccineId,
      doseNumber: 1,
      givenOn: '2026-02-03',
    });
    expect(await refused(() => post(w.tokens.health, '/api/outreach/doses', dose(noConsent!)))).toMatchObject(
      {
        code: 'outreach.consent_required',
        field: 'personId',
        status: 422,
      },
    );
    expect(
      await refused(() => post(w.tokens.health, '/api/outreach/doses', dose(outsiderPerson as string))),
    ).toMatchObject({
      code: 'reference.not_found',
      field: 'personId',
      status: 422,
    });
    expect(await refused(() => post(w.tokens.health, '/api/outreach/doses', dose(inWard2!)))).toMatchObject({
      code: 'access.denied',
      status: 403,
    });
    expect(await refused(() => post(w.tokens.viewer, '/api/outreach/doses', dose(inWard2!)))).toMatchObject({
      status: 403,
    });
    expect(await refused(() => post(outsider, '/api/outreach/doses', dose(inWard2!)))).toMatchObject({
      code: 'reference.not_found',
    });
    const unknownVaccine = await refused(() =>
      post(w.tokens.field2, '/api/outreach/doses', { ...dose(inWard2!), vaccineId: newId() }),
    );
    expect(unknownVaccine).toMatchObject({ code: 'reference.not_found', field: 'vaccineId' });
    expect((await get(w.tokens.health, `/api/people/${inWard2}/doses`)).statusCode).toBe(404);
    expect((await get(outsider, `/api/people/${inWard2}/doses`)).statusCode).toBe(404);
  });

  it('refuses a dose in the future, before birth, outside its drive’s dates or at a site not of the drive', async () => {
    const [eva] = await addPeople(t.database, w.org, [
      { givenName: 'Eva', areaId: w.ward1, birthDate: '2000-05-05' },
    ]);
    const [drive] = await asSystem(t.database, w.org, [
      {
        type: 'drive.create',
        payload: {
          name: 'February camp',
          startsOn: '2026-02-01',
          endsOn: '2026-02-28',
          sites: [{ name: 'Anganwadi' }],
          target: { areaId: w.district },
        },
      },
    ]);
    const [otherDrive] = await asSystem(t.database, w.org, [
      {
        type: 'drive.create',
        payload: {
          name: 'Other',
          startsOn: '2026-02-01',
          endsOn: '2026-02-28',
          sites: [{ name: 'Hall' }],
          target: { areaId: w.ward2 },
        },
      },
    ]);
    const dose = { personId: eva, vaccineId: w.vaccineId, doseNumber: 1 };
    const url = '/api/outreach/doses';
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(todayIn(w.org.timeZone) < tomorrow).toBe(true);
    expect(await refused(() => post(w.tokens.health, url, { ...dose, givenOn: tomorrow }))).toMatchObject({
      code: 'dose.in_future',
      field: 'givenOn',
    });
    expect(await refused(() => post(w.tokens.health, url, { ...dose, givenOn: '1999-12-31' }))).toMatchObject(
      {
        code: 'dose.before_birth',
      },
    );
    const outside = await refused(() =>
      post(w.tokens.health, url, { ...dose, givenOn: '2026-03-01', driveId: drive!.id }),
    );
    expect(outside).toMatchObject({ code: 'dose.drive_not_running', field: 'givenOn', status: 422 });
    const wrongSite = await refused(() =>
      post(w.tokens.health, url, {
        ...dose,
        givenOn: '2026-02-10',
        driveId: drive!.id,
        site: (otherDrive!.siteIds as string[])[0],
      }),
    );
    expect(wrongSite).toMatchObject({ code: 'dose.site_not_in_drive', field: 'site' });
    const siteAlone = await refused(() =>
      post(w.tokens.health, url, { ...dose, givenOn: '2026-02-10', site: newId() }),
    );
    expect(siteAlone).toMatchObject({ code: 'dose.site_without_drive', field: 'site' });
    const ok = await post(w.tokens.health, url, {
      ...dose,
      givenOn: '2026-02-10',
      driveId: drive!.id,
      site: (drive!.siteIds as string[])[0],
    });
    expect(ok.statusCode).toBe(201);
  });

  it('voids a dose, which then no longer counts and may be recorded again', async () => {
    const [fatima] = await addPeople(t.database, w.org, [{ givenName: 'Fatima', areaId: w.ward1 }]);
    const [doseId] = await addDoses(t.database, w.org, [
      { personId: fatima!, vaccineId: w.vaccineId, doseNumber: 1, givenOn: '2026-02-04' },
    ]);
    const url = `/api/outreach/doses/${doseId}/void`;
    expect((await post(outsider, url, { reason: 'x' })).statusCode).toBe(404);
    expect((await post(w.tokens.field2, url, { reason: 'x' })).statusCode).toBe(403);
    const voided = await post(w.tokens.health, url, { reason: 'Recorded for the wrong person' });
    expect(voided.statusCode).toBe(201);
    const again = await post(w.tokens.health, url, { reason: 'twice' });
    expect(again.json()).toMatchObject({ code: 'dose.already_voided', status: 409 });
    const doses = (await get(w.tokens.health, `/api/people/${fatima}/doses`)).json();
    expect(doses.items[0]).toMatchObject({ voidReason: 'Recorded for the wrong person' });
    expect(doses.items[0].voidedAt).not.toBeNull();
    expect(doses.next).toEqual([]);
    const redo = await post(w.tokens.health, '/api/outreach/doses', {
      personId: fatima,
      vaccineId: w.vaccineId,
      doseNumber: 1,
      givenOn: '2026-02-05',
    });
    expect(redo.statusCode).toBe(201);
  });

  it('has the database refuse a second dose of the same number that counts, but keep voided ones', async () => {
    const [gita] = await addPeople(t.database, w.org, [{ givenName: 'Gita', areaId: w.ward1 }]);
    const row = (voidedAt: string | null) => ({
      org_id: w.org.id,
      id: newId(),
      person_id: gita!,
      vaccine_id: w.vaccineId,
      dose_number: 1,
      given_on: '2026-02-06',
      drive_id: null,
      site: null,
      lot_number: null,
      recorded_by: 'test',
      recorded_at: new Date().toISOString(),
      voided_at: voidedAt,
      void_reason: voidedAt ? 'test' : null,
    });
    const db = t.database.db;
    await db
      .insertInto('doses')
      .values([row('2026-02-06T10:00:00Z'), row('2026-02-06T11:00:00Z')])
      .execute();
    await db.insertInto('doses').values(row(null)).execute();
    await expect(db.insertInto('doses').values(row(null)).execute()).rejects.toThrow();
  });
});

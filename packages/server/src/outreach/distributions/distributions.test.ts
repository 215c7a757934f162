import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { call, startTestApp, type TestApp } from '../../testing/harness.ts';
import {
  dayFromToday,
  type OutreachFixture,
  outreachFixture,
  type Relief,
  reliefSetup,
} from './test-fixture.ts';

describe.each(testDatabaseKinds())('relief distributions on $name', (kind) => {
  let t: TestApp;
  let f: OutreachFixture;
  let r: Relief;

  const post = (token: string, url: string, payload: unknown, headers: Record<string, string> = {}) =>
    call(t.app, { method: 'POST', url, token, payload, headers });
  const get = (token: string, url: string, headers: Record<string, string> = {}) =>
    call(t.app, { method: 'GET', url, token, headers });
  const receipt = (personId: string, extra: Record<string, unknown> = {}) => ({
    personId,
    givenOn: dayFromToday(-1),
    proof: { kind: 'thumbprint' },
    ...extra,
  });
  const give = (token: string, personId: string, extra: Record<string, unknown> = {}, headers = {}) =>
    post(
      token,
      `/api/outreach/distributions/${r.distributionId}/receipts`,
      receipt(personId, extra),
      headers,
    );
  const push = (token: string, deviceId: string, personId: string) =>
    post(token, '/api/sync/push', {
      deviceId,
      commands: [
        {
          id: newId(),
          type: 'distribution.give',
          at: new Date().toISOString(),
          payload: { distributionId: r.distributionId, ...receipt(personId) },
        },
      ],
    });
  const receipts = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('distribution_receipts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('org_id', '=', f.orgId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    f = await outreachFixture(t, 'relief');
    r = await reliefSetup(t, f);
    for (const [item, unit] of [
      ['Rice', 'kg'],
      ['Oil', 'l'],
    ]) {
      await post(f.coordinator, `/api/outreach/distribution-points/${r.pointA}/stock/receive`, {
        item,
        unit,
        quantity: 100,
        movedOn: dayFromToday(-7),
      });
    }
  });
  afterAll(() => t.close());

  it('keeps catalogues clean: each item once in a kit, events that end after they start, managers only', async () => {
    const repeated = await post(f.coordinator, '/api/outreach/kits', {
      name: 'Bad kit',
      items: [
        { item: 'Rice', unit: 'kg', quantity: 5 },
        { item: ' rice', unit: 'KG', quantity: 2 },
      ],
    });
    expect(repeated.statusCode).toBe(422);
    expect(repeated.json()).toMatchObject({ code: 'kit.repeated_item', field: 'items.1.item' });
    const noQuantity = await post(f.coordinator, '/api/outreach/kits', {
      name: 'Empty kit',
      items: [{ item: 'Rice', unit: 'kg', quantity: 0 }],
    });
    expect(noQuantity.json()).toMatchObject({ code: 'request.invalid', field: 'items.0.quantity' });
    const backwards = await post(f.coordinator, '/api/outreach/distributions', {
      name: 'Backwards',
      kitId: r.kitId,
      pointId: r.pointA,
      startsOn: dayFromToday(0),
      endsOn: dayFromToday(-1),
    });
    expect(backwards.json()).toMatchObject({
      code: 'distribution.dates_order',
      field: 'endsOn',
      status: 422,
    });
    const byWorker = await post(f.workerA, '/api/outreach/distribution-points', {
      name: 'Mine',
      areaId: f.areaA,
    });
    expect(byWorker.statusCode).toBe(403);
    expect((await get(f.coordinator, '/api/outreach/kits')).json().items).toHaveLength(1);
    expect((await get(f.workerA, '/api/outreach/distributions')).json().items).toHaveLength(1);
  });

  it('gives a kit once: the same phone retrying is a duplicate, another phone is told it was given', async () => {
    const asha = await f.person({ givenName: 'Asha', areaId: f.areaA });
    const key = { 'idempotency-key': newId() };
    const first = await give(f.workerA, asha, { proof: { kind: 'signature' } }, key);
    expect(first.statusCode).toBe(201);
    const retry = await give(f.workerA, asha, { proof: { kind: 'signature' } }, key);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ status: 'duplicate', id: first.json().id });
    const [result] = (await push(f.coordinator, 'phone-2', asha)).json().results;
    expect(result.status).toBe('rejected');
    expect(result.error).toMatchObject({
      code: 'distribution.already_received',
      status: 409,
      field: 'personId',
    });
    expect(result.error.receiptId).toBe(first.json().id);
    expect(await receipts()).toBe(1);
  });

  it('lets only one of two phones giving the same person at once succeed, and the database holds that too', async () => {
    const bina = await f.person({ givenName: 'Bina', areaId: f.areaA });
    const answers = await Promise.all([
      push(f.workerA, 'phone-1', bina),
      push(f.coordinator, 'phone-2', bina),
    ]);
    const statuses = answers.map((a) => a.json().results[0].status).sort();
    expect(statuses).toEqual(['applied', 'rejected']);
    const rejected = answers.map((a) => a.json().results[0]).find((x) => x.status === 'rejected');
    expect(rejected.error.code).toBe('distribution.already_received');
    const row = await t.database.db
      .selectFrom('distribution_receipts')
      .selectAll()
      .where('org_id', '=', f.orgId)
      .where('person_id', '=', bina)
      .executeTakeFirstOrThrow();
    await expect(
      t.database.db
        .insertInto('distribution_receipts')
        .values({ ...row, id: newId() })
        .execute(),
    ).rejects.toThrow(/unique|UNIQUE/);
  });

  it('takes a proof: a photo names its photo, a signature or thumbprint does not; and a day of the event', async () => {
    const before = await receipts();
    const esha = await f.person({ givenName: 'Esha', areaId: f.areaA });
    const noRef = await give(f.workerA, esha, { proof: { kind: 'photo' } });
    expect(noRef.json()).toMatchObject({
      code: 'receipt.photo_required',
      field: 'proof.photoRef',
      status: 422,
    });
    const stray = await give(f.workerA, esha, { proof: { kind: 'signature', photoRef: 'img-1.jpg' } });
    expect(stray.json()).toMatchObject({ code: 'receipt.photo_not_expected', field: 'proof.photoRef' });
    const unknown = await give(f.workerA, esha, { proof: { kind: 'stamp' } });
    expect(unknown.json()).toMatchObject({ code: 'request.invalid', field: 'proof.kind' });
    const outside = await give(f.workerA, esha, { givenOn: dayFromToday(-8) });
    expect(outside.json()).toMatchObject({ code: 'distribution.outside_dates', field: 'givenOn' });
    const future = await give(f.workerA, esha, { givenOn: dayFromToday(1) });
    expect(future.json()).toMatchObject({ code: 'distribution.given_in_future', field: 'givenOn' });
    expect(await receipts()).toBe(before);
    const photo = await give(f.workerA, esha, { proof: { kind: 'photo', photoRef: 'phone-1/IMG_0042.jpg' } });
    expect(photo.statusCode).toBe(201);
  });

  it('needs consent, and keeps each worker to her own area and each organisation to its own', async () => {
    const before = await receipts();
    const farah = await f.person({ givenName: 'Farah', areaId: f.areaA, consent: false });
    const noConsent = await give(f.workerA, farah);
    expect(noConsent.json()).toMatchObject({
      code: 'outreach.consent_required',
      field: 'personId',
      status: 422,
    });
    const gita = await f.person({ givenName: 'Gita', areaId: f.areaB });
    expect((await give(f.workerA, gita)).statusCode).toBe(403);
    const hema = await f.person({ givenName: 'Hema', areaId: f.areaA });
    expect((await give(f.workerB, hema)).statusCode).toBe(403);
    expect((await give(f.viewer, hema)).statusCode).toBe(403);
    expect((await give(f.outsider, hema)).statusCode).toBe(404);
    expect(await receipts()).toBe(before);
    expect((await get(f.workerB, `/api/outreach/distributions/${r.distributionId}`)).statusCode).toBe(404);
    expect((await get(f.workerB, '/api/outreach/distributions')).json().items).toEqual([]);
    expect((await get(f.outsider, `/api/outreach/distributions/${r.distributionId}`)).statusCode).toBe(404);
    const outsiderList = await get(f.outsider, `/api/outreach/distributions/${r.distributionId}/recipients`);
    expect(outsiderList.statusCode).toBe(404);
    expect((await get(f.outsider, '/api/outreach/kits')).json().items).toEqual([]);
    expect((await get(f.outsider, '/api/outreach/distribution-points')).json().items).toEqual([]);
  });

  it('sends the kit and point to every outreach phone, and a receipt only to phones of her area', async () => {
    const pulled = async (token: string) =>
      (await get(token, '/api/sync/pull?since=0&limit=500')).json().changes as {
        entity: string;
        data: unknown;
      }[];
    const inB = await pulled(f.workerB);
    expect(inB.filter((c) => c.entity === 'kit')).toHaveLength(1);
    expect(inB.find((c) => c.entity === 'distribution_point')?.data).toMatchObject({
      id: r.pointA,
      areaId: f.areaA,
    });
    expect(inB.filter((c) => c.entity === 'distribution_receipt')).toEqual([]);
    expect(inB.filter((c) => c.entity === 'stock_movement')).toEqual([]);
    const inA = await pulled(f.workerA);
    const given = inA.filter((c) => c.entity === 'distribution_receipt');
    expect(given.length).toBe(await receipts());
    expect(given[0]?.data).toMatchObject({ distributionId: r.distributionId, proof: { kind: 'signature' } });
    expect(inA.some((c) => c.entity === 'distribution')).toBe(true);
  });

  it('shows progress and recipients, exports them as CSV, and lists who is still to receive', async () => {
    const summary = (await get(f.workerA, `/api/outreach/distributions/${r.distributionId}`)).json();
    expect(summary).toMatchObject({
      running: true,
      kitName: 'Ration kit',
      progress: { given: 3, target: 4, shareBps: 7500 },
    });
    const list = (await get(f.workerA, `/api/outreach/distributions/${r.distributionId}/recipients`)).json();
    expect(list.recipients.map((x: { name: string }) => x.name).sort()).toEqual(['Asha', 'Bina', 'Esha']);
    const csv = await get(
      f.workerA,
      `/api/outreach/distributions/${r.distributionId}/recipients?format=csv`,
      {
        'accept-language': 'fr',
      },
    );
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, ...lines] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toBe('Nom,Remis le,Preuve,Référence de la photo,Identifiant de la personne');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.startsWith('Asha'))).toContain(`${dayFromToday(-1)},Signature manuscrite,`);
    expect(lines.find((l) => l.startsWith('Esha'))).toContain('Photographie,phone-1/IMG_0042.jpg');
    const html = await get(
      f.coordinator,
      `/api/outreach/distributions/${r.distributionId}/recipients?format=html`,
    );
    expect(html.body).toContain('December rations');
    expect(html.body).toContain('3 kits given of 4 planned');
    const pendingIn = async (areaId: string) =>
      get(f.workerA, `/api/outreach/distributions/${r.distributionId}/areas/${areaId}/pending`);
    const pending = (await pendingIn(f.areaA)).json();
    expect(pending.running).toBe(true);
    const names = pending.items.map((p: { name: string }) => p.name);
    expect(names.sort()).toEqual(['Farah', 'Hema']);
    expect(pending.items.find((p: { name: string }) => p.name === 'Farah').consentGiven).toBe(false);
    const indu = await f.person({ givenName: 'Indu', areaId: f.areaA1 });
    expect((await pendingIn(f.areaA)).json().items.map((p: { id: string }) => p.id)).toContain(indu);
    expect((await pendingIn(f.areaB)).statusCode).toBe(404);
    expect((await pendingIn(newId())).statusCode).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { createNetwork } from '../../networks/networks.ts';
import { call, login, makeUser, startTestApp, type TestApp } from '../../testing/harness.ts';
import { addWomen, deliver, giveDoses, type ReportingWorld, reportingWorld, visitHomes } from './testing.ts';

const hidden = { value: null, suppressed: true };
const shown = (value: number) => ({ value, suppressed: false });
const range = 'from=2026-01-01&to=2026-06-30';

describe.each(testDatabaseKinds())('network outreach aggregates on $name', (kind) => {
  let t: TestApp;
  let alpha: ReportingWorld;
  let beta: ReportingWorld;
  let gamma: ReportingWorld;
  const viewers: Record<'alpha' | 'beta' | 'gamma', string> = { alpha: '', beta: '', gamma: '' };
  const get = (token: string, query = range) =>
    call(t.app, { method: 'GET', url: `/api/network/outreach?${query}`, token });

  beforeAll(async () => {
    t = await startTestApp(kind);
    alpha = await reportingWorld(t, 'alpha');
    beta = await reportingWorld(t, 'beta');
    gamma = await reportingWorld(t, 'gamma');
    await createNetwork(t.database.db, { name: 'West', slug: 'west', organisationSlugs: ['alpha', 'beta'] });
    await createNetwork(t.database.db, { name: 'East', slug: 'east', organisationSlugs: ['gamma'] });
    for (const [name, world] of [
      ['alpha', alpha],
      ['beta', beta],
      ['gamma', gamma],
    ] as const) {
      await makeUser(t.database, world.org, `network@${name}`, 'network_viewer');
      viewers[name] = await login(t.app, `network@${name}`);
    }
    // Alpha: 6 with a first dose, 5 of them a second, 7 deliveries (5 in a facility), 3 home visits,
    // and a dose after the period that is not counted.
    const a = await addWomen(t, alpha.org, alpha.slumA, 8, 'A');
    await giveDoses(t, alpha.org, a.slice(0, 6), alpha.covid, 1, '2026-03-01');
    await giveDoses(t, alpha.org, a.slice(0, 5), alpha.covid, 2, '2026-04-15');
    await giveDoses(t, alpha.org, [a[7]!], alpha.covid, 1, '2026-07-02');
    await deliver(t, alpha.org, a.slice(0, 5), '2026-05-10', 'health_facility');
    await deliver(t, alpha.org, a.slice(5, 7), '2026-05-20', 'home');
    await visitHomes(t, alpha.org, a.slice(0, 3), '2026-06-01');
    // Beta: 7 with a first dose, 3 fully vaccinated, no delivery, 6 home visits.
    const b = await addWomen(t, beta.org, beta.wardA, 7, 'B');
    await giveDoses(t, beta.org, b, beta.covid, 1, '2026-02-01');
    await giveDoses(t, beta.org, b.slice(0, 3), beta.covid, 2, '2026-03-15');
    await visitHomes(t, beta.org, b.slice(0, 6), '2026-06-02');
    // Gamma, in another network: 9 with a first dose.
    const g = await addWomen(t, gamma.org, gamma.wardA, 9, 'G');
    await giveDoses(t, gamma.org, g, gamma.covid, 1, '2026-02-10');
  });
  afterAll(() => t?.close());

  it('shows a network viewer each partner of her network and the total, small counts suppressed', async () => {
    const res = await get(viewers.alpha);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2026-01-01', to: '2026-06-30', minimumCellSize: 5 });
    expect(body.networks).toHaveLength(1);
    const [west] = body.networks;
    expect(west).toMatchObject({ slug: 'west', name: 'West' });
    expect(west.organisations.map((o: { slug: string }) => o.slug)).toEqual(['alpha', 'beta']);
    expect(west.organisations[0]).toEqual({
      slug: 'alpha',
      name: 'Organisation alpha',
      peopleWithDose: shown(6),
      fullyVaccinated: shown(5),
      deliveries: shown(7),
      facilityDeliveries: shown(5),
      facilityShare: 5 / 7,
      homeVisits: hidden,
    });
    expect(west.organisations[1]).toEqual({
      slug: 'beta',
      name: 'Organisation beta',
      peopleWithDose: shown(7),
      fullyVaccinated: hidden,
      deliveries: hidden,
      facilityDeliveries: hidden,
      facilityShare: null,
      homeVisits: shown(6),
    });
    // A total that, less the partners shown, would give a suppressed count away is suppressed too.
    expect(west.total).toEqual({
      peopleWithDose: shown(13),
      fullyVaccinated: hidden,
      deliveries: hidden,
      facilityDeliveries: hidden,
      facilityShare: null,
      homeVisits: hidden,
    });
  });

  it('holds nothing about a person or an area', async () => {
    const text = (await get(viewers.alpha)).body;
    for (const secret of [alpha.slumA, alpha.wardA, 'Bhim Nagar', 'Kamble', 'A1', alpha.org.id]) {
      expect(text).not.toContain(secret);
    }
  });

  it('shows a partner’s network viewer the same network, and nothing of another network', async () => {
    const beta = (await get(viewers.beta)).json();
    expect(beta.networks.map((n: { slug: string }) => n.slug)).toEqual(['west']);
    const east = (await get(viewers.gamma)).json();
    expect(east.networks.map((n: { slug: string }) => n.slug)).toEqual(['east']);
    expect(east.networks[0].organisations.map((o: { slug: string }) => o.slug)).toEqual(['gamma']);
    expect(east.networks[0].organisations[0].peopleWithDose).toEqual(shown(9));
    expect(JSON.stringify(east)).not.toContain('alpha');
  });

  it('counts only the period asked for', async () => {
    const july = (await get(viewers.alpha, 'from=2026-07-01&to=2026-07-31')).json();
    expect(july.networks[0].organisations[0].peopleWithDose).toEqual(hidden);
    expect(july.networks[0].organisations[0].deliveries).toEqual(hidden);
  });

  it.each(['coordinator', 'health', 'viewer'] as const)(
    'refuses a %s of a partner organisation',
    async (role) => {
      const res = await get(alpha.tokens[role]);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'access.denied' });
    },
  );

  it('refuses a period that ends before it starts', async () => {
    const res = await get(viewers.alpha, 'from=2026-06-30&to=2026-01-01');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'report.date_range', field: 'query.from' });
    expect((await get(viewers.alpha, 'from=2026-13-01')).statusCode).toBe(422);
  });

  it('answers a network viewer whose organisation is in no network with no network', async () => {
    const lone = await reportingWorld(t, 'lone');
    await makeUser(t.database, lone.org, 'network@lone', 'network_viewer');
    const res = await get(await login(t.app, 'network@lone'));
    expect(res.json().networks).toEqual([]);
  });
});

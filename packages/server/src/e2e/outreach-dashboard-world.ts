import { addDays } from '@groundwork/core';
import { expect } from 'vitest';
import { asSystem, call, login, makeOrg, makeUser, type TestApp } from '../testing/harness.ts';

/**
 * A little outreach in a district of three wards, made through the API as a coordinator would: five
 * consenting people, doses (one second dose overdue), two hesitancy visits, two deliveries (one in a
 * facility), rice at a distribution point and a voucher issued and used. Kamala's ward has nobody yet.
 */
export async function makeOutreachWorld(
  t: TestApp,
  today: string,
): Promise<{ districtId: string; token: string }> {
  const org = await makeOrg(t.database, 'outreach-dash', { timeZone: 'Asia/Kolkata' });
  const [district] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Nashik', kind: 'district' } },
  ]);
  const districtId = district!.id;
  const [satpur, cidco, deolali] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Satpur', kind: 'ward', parentId: districtId } },
    { type: 'area.create', payload: { name: 'Cidco', kind: 'ward', parentId: districtId } },
    { type: 'area.create', payload: { name: 'Deolali', kind: 'ward', parentId: districtId } },
  ]);
  await makeUser(t.database, org, 'coordinator@outreach-dash', 'coordinator');
  await makeUser(t.database, org, 'sunita@outreach-dash', 'field_worker', { areaIds: [satpur!.id] });
  await makeUser(t.database, org, 'rekha@outreach-dash', 'health_worker', { areaIds: [cidco!.id] });
  // Her ward has nobody registered yet: a worker with nothing due.
  await makeUser(t.database, org, 'kamala@outreach-dash', 'field_worker', { areaIds: [deolali!.id] });
  await makeUser(t.database, org, 'viewer@outreach-dash', 'viewer');
  const token = await login(t.app, 'coordinator@outreach-dash');
  const api = async <T>(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<T> => {
    const res = await call(t.app, { method, url, token, ...(payload === undefined ? {} : { payload }) });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json() as T;
  };
  const vaccine = await api<{ id: string }>('POST', '/api/outreach/vaccines', {
    name: 'Covishield',
    code: 'COVID19-CVS',
    dosesInSeries: 2,
    minIntervalDays: 28,
  });
  const person = async (givenName: string, sex: string, birthYear: number, areaId: string) =>
    (
      await api<{ id: string }>('POST', '/api/people', {
        givenName,
        sex,
        birthYear,
        areaId,
        consent: { given: true, date: addDays(today, -90) },
      })
    ).id;
  const people = [
    await person('Asha', 'female', 1990, satpur!.id),
    await person('Meena', 'female', 1985, satpur!.id),
    await person('Ravi', 'male', 1970, satpur!.id),
    await person('Lata', 'female', 2000, cidco!.id),
    await person('Gopal', 'male', 1960, cidco!.id),
  ];
  const dose = (personId: string, doseNumber: number, givenOn: string) =>
    api('POST', '/api/outreach/doses', { personId, vaccineId: vaccine.id, doseNumber, givenOn });
  await dose(people[0]!, 1, addDays(today, -70));
  await dose(people[0]!, 2, addDays(today, -40));
  // Her second dose fell due 12 days ago: overdue on Sunita's list.
  await dose(people[1]!, 1, addDays(today, -40));
  await dose(people[3]!, 1, addDays(today, -10));
  const visit = (personId: string, body: Record<string, unknown>) =>
    api('POST', '/api/outreach/hesitancy/visits', { personId, vaccineId: vaccine.id, ...body });
  await visit(people[2]!, {
    visitedOn: addDays(today, -20),
    reasons: ['rumours', 'loss_of_wages'],
    counselling: { messages: ['safety', 'myths_answered'] },
    outcome: 'will_think',
    nextVisitOn: today,
  });
  await visit(people[4]!, {
    visitedOn: addDays(today, -15),
    reasons: ['fear_of_side_effects'],
    outcome: 'agreed',
    nextVisitOn: addDays(today, -5),
  });
  const deliver = async (personId: string, place: string, deliveredOn: string) => {
    const pregnancy = await api<{ id: string }>('POST', '/api/outreach/pregnancies', {
      personId,
      registeredOn: addDays(today, -150),
      expectedDeliveryOn: addDays(today, -10),
    });
    await api('POST', `/api/outreach/pregnancies/${pregnancy.id}/delivery`, {
      deliveredOn,
      place,
      outcome: 'live_birth',
      ...(place === 'health_facility' ? { facilityName: 'Civil Hospital Nashik' } : {}),
    });
  };
  await deliver(people[0]!, 'health_facility', addDays(today, -40));
  await deliver(people[3]!, 'home', addDays(today, -12));
  const point = await api<{ id: string }>('POST', '/api/outreach/distribution-points', {
    name: 'Satpur school',
    areaId: satpur!.id,
  });
  await api('POST', `/api/outreach/distribution-points/${point.id}/stock/receive`, {
    item: 'Rice',
    unit: 'kg',
    quantity: 250,
    movedOn: addDays(today, -20),
  });
  const voucher = await api<{ id: string }>('POST', '/api/outreach/vouchers', {
    personId: people[4]!,
    category: 'least_access',
    reason: 'Lives alone, far from the clinic',
    service: 'Consultation',
    valueMinor: 50000,
    issuedOn: addDays(today, -10),
    expiresOn: addDays(today, 20),
  });
  await api('POST', `/api/outreach/vouchers/${voucher.id}/use`, {
    usedOn: addDays(today, -5),
    facility: 'PHC Satpur',
    amountMinor: 45000,
  });
  return { districtId, token };
}

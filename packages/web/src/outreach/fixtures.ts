import type { DoseView, VaccineView } from '@groundwork/core';
import type { OutboxItem } from '../local/db.ts';
import type { OutreachPerson } from './people.ts';

/** Records as the change feed brings them, for the outreach tests. */
export const today = '2026-03-20';

export const tcv: VaccineView = {
  id: '0190a1b2-0000-7000-8000-00000000aa01',
  name: 'Typhoid conjugate',
  code: 'TCV',
  dosesInSeries: 2,
  minIntervalDays: 28,
  createdAt: '2026-01-01T00:00:00Z',
};

export const lakshmi: OutreachPerson = {
  id: '0190a1b2-0000-7000-8000-00000000bb01',
  givenName: 'Lakshmi',
  familyName: 'Shinde',
  sex: 'female',
  birthDate: null,
  birthYear: 1994,
  phone: '+91 98220 12345',
  areaId: '0190a1b2-0000-7000-8000-00000000cc01',
  consent: { given: true, date: '2026-03-01' },
};

export function dose(doseNumber: number, givenOn: string, personId = lakshmi.id): DoseView {
  return {
    id: `0190a1b2-0000-7000-8000-0000000dd${String(doseNumber).padStart(3, '0')}`,
    personId,
    vaccineId: tcv.id,
    doseNumber,
    givenOn,
    driveId: null,
    site: null,
    lotNumber: null,
    recordedBy: 'u-1',
    recordedAt: `${givenOn}T09:00:00Z`,
    voidedAt: null,
    voidReason: null,
  };
}

let seq = 0;
export function queued(
  type: string,
  payload: Record<string, unknown>,
  status: OutboxItem['status'] = 'pending',
): OutboxItem {
  seq += 1;
  return { seq, id: `c-${seq}`, type, at: `${today}T08:00:00Z`, payload, status, attempts: 0 };
}

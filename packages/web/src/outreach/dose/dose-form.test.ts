import { translate } from '@groundwork/core';
import { describe, expect, it } from 'vitest';
import { domainMessage } from '../domain-message.ts';
import { dose, lakshmi, tcv, today } from '../fixtures.ts';
import { type DoseValues, dosePayload, initialDose, nextDoseNumber } from './dose-form.ts';

const id = '0190a1b2-0000-7000-8000-00000000ee01';
const values = (over: Partial<DoseValues>): DoseValues => ({
  vaccineId: tcv.id,
  doseNumber: '1',
  givenOn: today,
  driveId: '',
  site: '',
  lotNumber: '',
  ...over,
});
const context = { id, today, person: lakshmi, vaccines: [tcv], drives: [], doses: [dose(1, '2026-03-01')] };

describe('the dose form', () => {
  it('opens on the next dose of the vaccine she has started', () => {
    expect(nextDoseNumber(tcv, [])).toBe(1);
    expect(nextDoseNumber(tcv, [dose(1, '2026-03-01')])).toBe(2);
    expect(initialDose([tcv], [], [dose(1, '2026-03-01')], {}, today)).toMatchObject({
      vaccineId: tcv.id,
      doseNumber: '2',
      givenOn: today,
    });
  });

  it('queues a dose the rules allow, with only what was given', () => {
    const checked = dosePayload(values({ doseNumber: '2', givenOn: '2026-03-29', lotNumber: ' TCV-1 ' }), {
      ...context,
      today: '2026-03-29',
    });
    expect(checked).toEqual({
      ok: true,
      payload: {
        id,
        personId: lakshmi.id,
        vaccineId: tcv.id,
        doseNumber: 2,
        givenOn: '2026-03-29',
        lotNumber: 'TCV-1',
      },
    });
  });

  it('refuses dose 2 before the interval, in the words the server would use', () => {
    const checked = dosePayload(values({ doseNumber: '2', givenOn: '2026-03-20' }), context);
    expect(checked.ok).toBe(false);
    if (checked.ok || !checked.rule) throw new Error('expected a broken rule');
    expect(checked.rule.code).toBe('dose.too_soon');
    expect(checked.rule.field).toBe('givenOn');
    expect(domainMessage(checked.rule, 'hi')).toBe(
      translate('hi', 'error.dose.too_soon', { earliest: '2026-03-29', previous: '2026-03-01', days: 28 }),
    );
  });

  it('refuses dose 3 of a 2-dose vaccine, a duplicate and a dose in the future', () => {
    const rule = (v: Partial<DoseValues>) => {
      const checked = dosePayload(values(v), context);
      return checked.ok ? null : checked.rule?.code;
    };
    expect(rule({ doseNumber: '3' })).toBe('dose.beyond_series');
    expect(rule({ doseNumber: '1', givenOn: '2026-03-10' })).toBe('dose.duplicate');
    expect(rule({ doseNumber: '2', givenOn: '2026-04-30' })).toBe('dose.in_future');
  });

  it('refuses a dose in a drive that is not running that day', () => {
    const drive = {
      id: '0190a1b2-0000-7000-8000-00000000ff01',
      name: 'March drive',
      startsOn: '2026-03-01',
      endsOn: '2026-03-05',
      sites: [{ id: '0190a1b2-0000-7000-8000-00000000ff02', name: 'School' }],
      target: { areaId: lakshmi.areaId!, minAge: null, maxAge: null, sex: null },
      createdAt: '2026-02-01T00:00:00Z',
    };
    const checked = dosePayload(values({ driveId: drive.id }), { ...context, doses: [], drives: [drive] });
    expect(checked.ok ? null : checked.rule?.code).toBe('dose.drive_not_running');
  });

  it('names the field a typing slip is in, before any rule runs', () => {
    expect(dosePayload(values({ doseNumber: 'two', vaccineId: '' }), context)).toEqual({
      ok: false,
      errors: { vaccineId: 'outreach.dose.error.vaccine', doseNumber: 'outreach.dose.error.dose_number' },
    });
  });
});

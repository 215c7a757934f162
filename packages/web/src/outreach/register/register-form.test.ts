import { describe, expect, it } from 'vitest';
import { lakshmi, today } from '../fixtures.ts';
import { emptyRegistration, registrationPayload, valuesOfRegistration } from './register-form.ts';

const id = '0190a1b2-0000-7000-8000-00000000ab01';
const area = lakshmi.areaId!;
const filled = {
  ...emptyRegistration(today, area),
  givenName: ' Meena ',
  familyName: 'Pawar',
  birthYear: '1990',
};

describe('registering a person at her door', () => {
  it('asks for consent before anything else is kept', () => {
    const checked = registrationPayload(filled, { id, today, known: [] });
    expect(checked).toMatchObject({ ok: false, errors: { consent: 'outreach.register.error.consent' } });
  });

  it('makes one person.create with her area and her answer, dated', () => {
    const checked = registrationPayload({ ...filled, consent: 'given' }, { id, today, known: [] });
    expect(checked).toEqual({
      ok: true,
      payload: {
        id,
        givenName: 'Meena',
        familyName: 'Pawar',
        sex: 'female',
        birthYear: 1990,
        areaId: area,
        consent: { given: true, date: today },
      },
    });
    if (checked.ok)
      expect(valuesOfRegistration(checked.payload, today)).toMatchObject({
        ...filled,
        givenName: 'Meena',
        consent: 'given',
      });
  });

  it('keeps a refusal too, so that nobody asks her again as if she never answered', () => {
    const checked = registrationPayload(
      { ...filled, consent: 'refused', consentDate: '2026-03-19' },
      { id, today, known: [] },
    );
    expect(checked.ok && checked.payload.consent).toEqual({ given: false, date: '2026-03-19' });
  });

  it('refuses an answer dated after today, no area, and a bad year', () => {
    const checked = registrationPayload(
      { ...filled, consent: 'given', consentDate: '2026-04-01', areaId: '', birthYear: '90' },
      { id, today, known: [] },
    );
    expect(checked).toMatchObject({
      ok: false,
      errors: {
        consentDate: 'outreach.register.error.consent_future',
        areaId: 'outreach.register.error.area',
        birthYear: 'outreach.register.error.birth_year',
      },
    });
  });

  it('shows a probable duplicate on the phone, and registers her once the worker says it is someone else', () => {
    const same = {
      ...filled,
      givenName: 'Lakshmi',
      familyName: 'Shinde',
      birthYear: '1994',
      consent: 'given' as const,
    };
    const first = registrationPayload(same, { id, today, known: [lakshmi] });
    expect(first).toMatchObject({ ok: false, duplicates: [{ id: lakshmi.id }] });
    const second = registrationPayload({ ...same, notDuplicate: true }, { id, today, known: [lakshmi] });
    expect(second.ok && second.payload.allowDuplicate).toBe(true);
  });
});

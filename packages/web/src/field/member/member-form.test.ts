import { describe, expect, it } from 'vitest';
import type { LocalPerson } from '../../local/queries.ts';
import { createPayload, emptyMember, updatePayloads, valuesOfCreate } from './member-form.ts';

const ids = {
  personId: '0190a1b2-0000-7000-8000-0000000000a1',
  membershipId: '0190a1b2-0000-7000-8000-0000000000b1',
  groupId: '0190a1b2-0000-7000-8000-0000000000c1',
  today: '2025-01-14',
};

const sunita: LocalPerson = {
  id: ids.personId,
  givenName: 'Sunita',
  familyName: 'Pawar',
  sex: 'female',
  birthDate: null,
  birthYear: 1985,
  phone: null,
  occupation: null,
  consent: null,
};

describe('createPayload', () => {
  it('makes one person.create with her membership, leaving out what was not given', () => {
    const checked = createPayload(
      { ...emptyMember, givenName: ' Sunita ', birthYear: '1985', consent: 'given', joinedOn: '2025-01-14' },
      ids,
    );
    expect(checked).toEqual({
      ok: true,
      payload: {
        id: ids.personId,
        givenName: 'Sunita',
        sex: 'female',
        birthYear: 1985,
        consent: { given: true, date: '2025-01-14' },
        membership: { id: ids.membershipId, groupId: ids.groupId, joinedOn: '2025-01-14' },
      },
    });
  });

  it('says what each wrong field needs', () => {
    const checked = createPayload(
      { ...emptyMember, givenName: '', birthYear: '85', phone: 'abc', joinedOn: '' },
      ids,
    );
    expect(checked).toEqual({
      ok: false,
      errors: {
        givenName: 'field.member.error.given_name',
        birthYear: 'field.member.error.birth_year',
        phone: 'field.member.error.phone',
        joinedOn: 'field.member.error.joined_on',
      },
    });
  });

  it('refuses a birth year that disagrees with the date, and sends the date alone when both agree', () => {
    const base = { ...emptyMember, givenName: 'Asha', joinedOn: '2025-01-14', birthDate: '1990-03-02' };
    expect(createPayload({ ...base, birthYear: '1991' }, ids)).toMatchObject({
      ok: false,
      errors: { birthYear: 'field.member.error.birth_conflict' },
    });
    const agreed = createPayload({ ...base, birthYear: '1990' }, ids);
    expect(agreed.ok && agreed.payload.birthDate).toBe('1990-03-02');
    expect(agreed.ok && 'birthYear' in agreed.payload).toBe(false);
  });

  it('reads a refused command back into the form', () => {
    const checked = createPayload({ ...emptyMember, givenName: 'Sunita', joinedOn: '2025-01-10' }, ids);
    expect(checked.ok && valuesOfCreate(checked.payload)).toMatchObject({
      givenName: 'Sunita',
      joinedOn: '2025-01-10',
    });
  });
});

describe('updatePayloads', () => {
  const values = {
    ...emptyMember,
    givenName: 'Sunita',
    familyName: 'Pawar',
    birthYear: '1985',
  };

  it('sends only the fields that changed, with null to clear one', () => {
    const checked = updatePayloads({ ...values, familyName: '', phone: '98765 43210' }, sunita, ids.today);
    expect(checked).toEqual({
      ok: true,
      payload: {
        update: { id: sunita.id, familyName: null, phone: '98765 43210' },
        consent: null,
      },
    });
  });

  it('sends nothing when nothing changed, and a consent record when her answer did', () => {
    expect(updatePayloads(values, sunita, ids.today)).toEqual({
      ok: true,
      payload: { update: null, consent: null },
    });
    expect(updatePayloads({ ...values, consent: 'refused' }, sunita, ids.today)).toEqual({
      ok: true,
      payload: { update: null, consent: { personId: sunita.id, given: false, date: ids.today } },
    });
  });

  it('refuses an emptied first name', () => {
    expect(updatePayloads({ ...values, givenName: ' ' }, sunita, ids.today)).toEqual({
      ok: false,
      errors: { givenName: 'field.member.error.given_name' },
    });
  });
});

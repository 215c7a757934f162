import { describe, expect, it } from 'vitest';
import { isProbableDuplicate, normalisePhone } from './duplicates.ts';

describe('probable duplicates', () => {
  it('matches the same name and phone written differently', () => {
    expect(normalisePhone('+91 98220-12345')).toBe('9822012345');
    expect(
      isProbableDuplicate(
        { givenName: 'Sunita', familyName: 'Pawar', phone: '+91 98220 12345' },
        { givenName: ' sunita ', familyName: 'PAWAR', phone: '09822012345' },
      ),
    ).toBe(true);
  });

  it('matches the same name and birth year from a date or a year', () => {
    expect(
      isProbableDuplicate(
        { givenName: 'Awa', familyName: 'Traoré', birthDate: '1990-04-02' },
        { givenName: 'Awa', familyName: 'Traoré', birthYear: 1990 },
      ),
    ).toBe(true);
  });

  it('does not match the same name alone, or a different name with the same phone', () => {
    expect(isProbableDuplicate({ givenName: 'Awa' }, { givenName: 'Awa' })).toBe(false);
    expect(
      isProbableDuplicate(
        { givenName: 'Awa', phone: '70000001' },
        { givenName: 'Fatoumata', phone: '70000001' },
      ),
    ).toBe(false);
    expect(
      isProbableDuplicate({ givenName: 'Awa', birthYear: 1990 }, { givenName: 'Awa', birthYear: 1991 }),
    ).toBe(false);
  });
});

import { freshName, indianFamily, indianMobile, type Name, type Place } from './common.ts';
import { solapurFamilies, solapurOccupations } from './names.ts';
import type { Plan } from './plan.ts';
import { earlierDate } from './random.ts';

export interface Registered {
  id: string;
  name: string;
  registeredOn: string;
  areaId: string;
  adult: boolean;
  consented: boolean;
  sex: 'female' | 'male' | 'other';
  outreach: boolean;
}

type Consent = 'given' | 'refused' | 'none';
interface Details {
  householdId?: string;
  occupation?: string;
  birthDate?: string;
  phone?: boolean;
}

/** Solapur's person registry: households surveyed door to door, then people met through outreach. */
export function registerPeople(
  plan: Plan,
  slums: readonly Place[],
  householdPeople: number,
  outreachPeople: number,
) {
  const random = plan.random;
  const people: Registered[] = [];
  const register = (
    person: Name,
    sex: Registered['sex'],
    areaId: string,
    on: string,
    consent: Consent,
    details: Details,
  ) => {
    const id = plan.id();
    const { phone, ...rest } = details;
    const consentRecord = consent === 'none' ? {} : { consent: { given: consent === 'given', date: on } };
    const phoneNumber = phone ? { phone: indianMobile(plan) } : {};
    plan.add('person.create', { id, ...person, sex, areaId, ...rest, ...phoneNumber, ...consentRecord }, on);
    const name = `${person.givenName} ${person.familyName}`;
    const adult = person.birthYear <= 2007;
    const outreach = details.householdId === undefined;
    people.push({ id, name, registeredOn: on, areaId, adult, consented: consent === 'given', sex, outreach });
  };

  // The 2023-25 surveys: a couple or a widow, their children, sometimes her mother-in-law.
  let slumIndex = 0;
  while (people.length < householdPeople) {
    const slum = slums[slumIndex++ % slums.length]!;
    const on = random.date('2023-04-03', '2025-03-28');
    const family = indianFamily(plan, solapurFamilies, 0.15);
    const familyName = family.familyName;
    const consent = random.weighted<Consent>({ given: 90, refused: 4, none: 6 });
    const head = freshName(plan, family.women, familyName, 1962, 2003);
    const householdId = plan.id();
    const household = { id: householdId, name: `${familyName} family (${head.givenName})`, areaId: slum.id };
    plan.add('household.create', household, on);
    const work = (sex: 'female' | 'male', phoneChance: number) => ({
      householdId,
      occupation: random.pick(solapurOccupations[sex]),
      phone: random.chance(phoneChance),
    });
    register(head, 'female', slum.id, on, consent, work('female', 0.65));
    if (random.chance(0.85)) {
      const husband = freshName(plan, family.men, familyName, head.birthYear - 8, head.birthYear - 1);
      register(husband, 'male', slum.id, on, consent, work('male', 0.85));
    }
    if (random.chance(0.25)) {
      const elder = freshName(plan, family.women, familyName, 1938, Math.min(1962, head.birthYear - 17));
      register(elder, 'female', slum.id, on, consent, { householdId });
    }
    const children = random.pick([0, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4]);
    for (let c = 0; c < children; c++) {
      const sex = random.chance(0.48) ? 'female' : 'male';
      const born = random.int(head.birthYear + 18, Math.min(Number(on.slice(0, 4)), head.birthYear + 40));
      // Grown children carry the names of their parents' generation, not today's.
      const givenNames = born > 2004 ? family.children[sex] : sex === 'female' ? family.women : family.men;
      const child = freshName(plan, givenNames, familyName, born, born);
      // Children under five are followed by the health workers, so their exact birth date is known.
      const yearEnd = earlierDate(`${child.birthYear}-12-28`, on);
      const birthDate =
        child.birthYear >= 2020 ? { birthDate: random.date(`${child.birthYear}-01-01`, yearEnd) } : {};
      const grownUp = child.birthYear <= 2007 ? work(sex, 0.6) : { householdId };
      register(child, sex, slum.id, on, consent, { ...grownUp, ...birthDate });
    }
  }

  // Women and transgender people met at the drop-in centres, registered one by one.
  const outreachSlums = [slums[3]!, slums[4]!, slums[0]!];
  for (let i = 0; i < outreachPeople; i++) {
    const sex = i % 9 === 8 ? 'other' : 'female';
    const family = indianFamily(plan, solapurFamilies, 0.15);
    const name = freshName(plan, family.women, family.familyName, 1980, 2004);
    const on = random.date('2023-06-01', '2025-04-30');
    const consent = random.weighted<Consent>({ given: 95, refused: 0, none: 5 });
    register(name, sex, random.pick(outreachSlums).id, on, consent, { phone: random.chance(0.85) });
  }
  return people;
}

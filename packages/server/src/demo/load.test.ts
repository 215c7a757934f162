import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { loadLoans, positionOf } from '../finance/loans.ts';
import { startTestApp, type TestApp } from '../testing/harness.ts';
import { booksUntil } from './common.ts';
import { type DemoLogin, demoOrganisations, demoPassword, loadDemo, planDemo } from './load.ts';

async function orgId(database: Database, slug: string): Promise<string> {
  const org = await database.db
    .selectFrom('organisations')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return org.id;
}

/** Everything the demo wrote that does not depend on the clock or on the organisation's own id. */
async function fingerprint(database: Database) {
  const { db } = database;
  return {
    organisations: await db
      .selectFrom('organisations')
      .select(['slug', 'name', 'currency'])
      .orderBy('slug')
      .execute(),
    areas: await db.selectFrom('areas').select(['id', 'name', 'kind', 'parent_id']).orderBy('id').execute(),
    households: await db.selectFrom('households').select(['id', 'name', 'area_id']).orderBy('id').execute(),
    people: await db
      .selectFrom('people')
      .select([
        'id',
        'given_name',
        'family_name',
        'sex',
        'birth_year',
        'birth_date',
        'phone',
        'area_id',
        'household_id',
      ])
      .select(['consent_given', 'consent_date', 'disability_type', 'occupation'])
      .orderBy('id')
      .execute(),
    groups: await db
      .selectFrom('groups')
      .select(['id', 'kind', 'name', 'formed_on', 'parent_id', 'constitution'])
      .orderBy('id')
      .execute(),
    // A membership made with person.create gets its id from the server, so it is compared without it.
    memberships: await db
      .selectFrom('memberships')
      .select(['group_id', 'person_id', 'joined_on'])
      .orderBy('person_id')
      .orderBy('group_id')
      .execute(),
    offices: await db
      .selectFrom('office_terms')
      .select(['id', 'person_id', 'office', 'term_start', 'term_end'])
      .orderBy('id')
      .execute(),
    sensitive: await db
      .selectFrom('person_sensitive')
      .select(['person_id', 'attributes'])
      .orderBy('person_id')
      .execute(),
    users: await db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'role', 'sensitive_access'])
      .orderBy('id')
      .execute(),
    // Entries get their ids from the server; the meetings, loans and monthly sums of the books do not.
    meetings: await db.selectFrom('meetings').select(['id', 'group_id', 'held_on']).orderBy('id').execute(),
    loans: await db
      .selectFrom('loans')
      .innerJoin('loan_states', (j) =>
        j.onRef('loan_states.org_id', '=', 'loans.org_id').onRef('loan_states.loan_id', '=', 'loans.id'),
      )
      .select([
        'loans.id',
        'loans.person_id',
        'loans.principal',
        'loan_states.principal_paid',
        'loan_states.status',
      ])
      .orderBy('loans.id')
      .execute(),
    monthly: await db
      .selectFrom('fin_monthly')
      .select(['group_id', 'month', 'account', 'sub', 'amount'])
      .orderBy('group_id')
      .orderBy('month')
      .orderBy('account')
      .orderBy('sub')
      .execute(),
  };
}

describe.each(testDatabaseKinds())('demo data on $name', (kind) => {
  let t: TestApp;
  let logins: DemoLogin[];
  let closed = false;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const started = performance.now();
    logins = await loadDemo(t.database);
    console.info(`demo loaded on ${kind.name} in ${Math.round(performance.now() - started)} ms`);
  }, 120_000);
  afterAll(async () => {
    if (!closed) await t?.close();
  });

  it('creates the three organisations and a network of nashik and solapur', async () => {
    const orgs = await t.database.db
      .selectFrom('organisations')
      .select(['slug', 'currency', 'locale'])
      .orderBy('slug')
      .execute();
    expect(orgs).toEqual([
      { slug: 'bamako', currency: 'XOF', locale: 'fr' },
      { slug: 'nashik', currency: 'INR', locale: 'mr' },
      { slug: 'solapur', currency: 'INR', locale: 'mr' },
    ]);
    const members = await t.database.db
      .selectFrom('network_members')
      .innerJoin('networks', 'networks.id', 'network_members.network_id')
      .innerJoin('organisations', 'organisations.id', 'network_members.org_id')
      .select(['networks.slug as network', 'organisations.slug as org'])
      .orderBy('organisations.slug')
      .execute();
    expect(members).toEqual([
      { network: 'nashik-solapur-collaborative', org: 'nashik' },
      { network: 'nashik-solapur-collaborative', org: 'solapur' },
    ]);
  });

  it('gives nashik 35-45 SHGs in one federation, each with 11-20 members and its three officers', async () => {
    const { db } = t.database;
    const org = await orgId(t.database, 'nashik');
    const groups = await db.selectFrom('groups').selectAll().where('org_id', '=', org).execute();
    const federations = groups.filter((g) => g.kind === 'federation');
    const shgs = groups.filter((g) => g.kind === 'shg');
    expect(federations).toHaveLength(1);
    expect(shgs.length).toBeGreaterThanOrEqual(35);
    expect(shgs.length).toBeLessThanOrEqual(45);
    expect(shgs.every((g) => g.parent_id === federations[0]!.id)).toBe(true);
    expect(shgs.every((g) => JSON.parse(g.constitution!).interestRateBpsPerMonth === 200)).toBe(true);

    const members = await db
      .selectFrom('memberships')
      .innerJoin('people', (j) =>
        j.onRef('people.org_id', '=', 'memberships.org_id').onRef('people.id', '=', 'memberships.person_id'),
      )
      .select(['memberships.group_id', 'people.disability_type', 'people.sex'])
      .where('memberships.org_id', '=', org)
      .where('memberships.left_on', 'is', null)
      .execute();
    const terms = await db.selectFrom('office_terms').selectAll().where('org_id', '=', org).execute();
    let divyang = 0;
    for (const group of shgs) {
      const own = members.filter((m) => m.group_id === group.id);
      expect(own.length, group.name).toBeGreaterThanOrEqual(11);
      expect(own.length, group.name).toBeLessThanOrEqual(20);
      expect(own.every((m) => m.sex === 'female')).toBe(true);
      if (own.every((m) => m.disability_type !== null)) divyang++;
      const current = terms
        .filter((x) => x.group_id === group.id && x.term_end === null)
        .map((x) => x.office);
      expect(current.sort(), group.name).toEqual(['president', 'secretary', 'treasurer']);
    }
    expect(divyang).toBeGreaterThanOrEqual(3);
    // Election history: older terms ended and someone else holds the office now.
    const ended = terms.filter((x) => x.term_end !== null);
    const handedOver = ended.filter((old) =>
      terms.some(
        (x) =>
          x.group_id === old.group_id &&
          x.office === old.office &&
          x.term_start === old.term_end &&
          x.person_id !== old.person_id,
      ),
    );
    expect(handedOver.length).toBeGreaterThan(10);
  });

  it('registers 1400-1600 people in solapur, sensitive attributes only for those who consented', async () => {
    const { db } = t.database;
    const org = await orgId(t.database, 'solapur');
    const people = await db
      .selectFrom('people')
      .select(['id', 'sex', 'birth_year', 'household_id', 'consent_given'])
      .where('org_id', '=', org)
      .execute();
    expect(people.length).toBeGreaterThanOrEqual(1400);
    expect(people.length).toBeLessThanOrEqual(1600);
    const share = (test: (p: (typeof people)[number]) => boolean) =>
      people.filter(test).length / people.length;
    expect(share((p) => p.sex === 'female')).toBeGreaterThan(0.45);
    expect(share((p) => p.sex === 'male')).toBeGreaterThan(0.3);
    expect(share((p) => (p.birth_year ?? 0) > 2007)).toBeGreaterThan(0.2);
    expect(share((p) => p.household_id !== null)).toBeGreaterThan(0.8);
    expect(share((p) => p.consent_given === 1)).toBeGreaterThan(0.8);

    const sensitive = await db
      .selectFrom('person_sensitive')
      .innerJoin('people', (j) =>
        j
          .onRef('people.org_id', '=', 'person_sensitive.org_id')
          .onRef('people.id', '=', 'person_sensitive.person_id'),
      )
      .select(['people.consent_given', 'person_sensitive.attributes'])
      .where('person_sensitive.org_id', '=', org)
      .execute();
    expect(sensitive.length).toBeGreaterThanOrEqual(70);
    expect(sensitive.every((s) => s.consent_given === 1)).toBe(true);
    expect(sensitive.some((s) => JSON.parse(s.attributes).sexWork === true)).toBe(true);
    expect(sensitive.some((s) => JSON.parse(s.attributes).hivStatus === 'positive')).toBe(true);
    const committees = await db
      .selectFrom('groups')
      .select('id')
      .where('org_id', '=', org)
      .where('kind', '=', 'health_committee')
      .execute();
    expect(committees.length).toBeGreaterThanOrEqual(3);
  });

  it('gives bamako a cooperative of 30 women and savings groups saving whole francs', async () => {
    const { db } = t.database;
    const org = await orgId(t.database, 'bamako');
    const counts = await db
      .selectFrom('groups')
      .innerJoin('memberships', (j) =>
        j.onRef('memberships.org_id', '=', 'groups.org_id').onRef('memberships.group_id', '=', 'groups.id'),
      )
      .select([
        'groups.kind',
        'groups.name',
        'groups.constitution',
        (eb) => eb.fn.countAll<number>().as('members'),
      ])
      .where('groups.org_id', '=', org)
      .where('memberships.left_on', 'is', null)
      .groupBy(['groups.id', 'groups.kind', 'groups.name', 'groups.constitution'])
      .execute();
    const cooperatives = counts.filter((g) => g.kind === 'cooperative');
    expect(cooperatives.some((g) => Number(g.members) === 30)).toBe(true);
    const savings = counts.filter((g) => g.kind === 'savings_group');
    expect(savings.length).toBeGreaterThanOrEqual(8);
    for (const g of savings) {
      const saving = JSON.parse(g.constitution!).savingAmountPerMeeting;
      expect(saving).toBeGreaterThanOrEqual(500);
      expect(saving).toBeLessThanOrEqual(1000);
    }
  });

  it('keeps books for the SHGs and savings groups that balance, with some loans overdue', async () => {
    const { db } = t.database;
    for (const slug of ['nashik', 'bamako']) {
      const org = await orgId(t.database, slug);
      const groups = await db
        .selectFrom('groups')
        .select('id')
        .where('org_id', '=', org)
        .where('kind', 'in', ['shg', 'savings_group'])
        .execute();
      const totals = await db
        .selectFrom('fin_postings')
        .select([
          'group_id',
          (eb) => eb.fn.sum<number>('amount').as('sum'),
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .where('org_id', '=', org)
        .groupBy('group_id')
        .execute();
      // Every group keeps books, and in each the debits and credits of all its postings cancel out.
      expect(totals.map((r) => r.group_id).sort(), slug).toEqual(groups.map((g) => g.id).sort());
      expect(
        totals.every((r) => Number(r.sum) === 0 && Number(r.n) > 100),
        slug,
      ).toBe(true);

      const states = await db.selectFrom('loan_states').select('loan_id').where('org_id', '=', org).execute();
      const loans = await loadLoans(
        db,
        org,
        states.map((s) => s.loan_id),
      );
      const positions = [...loans.values()].map((loan) => positionOf(loan, booksUntil));
      const overdue = positions.filter((p) => p.status === 'overdue');
      expect(positions.filter((p) => p.status === 'repaid').length, slug).toBeGreaterThan(10);
      expect(overdue.length, slug).toBeGreaterThanOrEqual(2);
      expect(overdue.length, slug).toBeLessThan(positions.length / 5);
      expect(
        overdue.some((p) => p.daysPastDue > 30),
        slug,
      ).toBe(true);
    }
    const nashikBanks = await db
      .selectFrom('bank_accounts')
      .select('id')
      .where('org_id', '=', await orgId(t.database, 'nashik'))
      .execute();
    expect(nashikBanks.length).toBeGreaterThanOrEqual(40);
  });

  it('has one savings group that shared out and went on saving in a new cycle', async () => {
    const { db } = t.database;
    const org = await orgId(t.database, 'bamako');
    const shareOuts = await db.selectFrom('share_outs').selectAll().where('org_id', '=', org).execute();
    expect(shareOuts).toHaveLength(1);
    const shareOut = shareOuts[0]!;
    expect(Number(shareOut.fund)).toBeGreaterThan(0);
    const cycles = await db
      .selectFrom('savings_cycles')
      .selectAll()
      .where('org_id', '=', org)
      .where('group_id', '=', shareOut.group_id)
      .orderBy('started_on')
      .execute();
    expect(cycles.map((c) => c.started_on)).toEqual([cycles[0]!.started_on, shareOut.held_on]);
    const later = await db
      .selectFrom('fin_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', org)
      .where('group_id', '=', shareOut.group_id)
      .where('kind', '=', 'saving_deposit')
      .where('entry_date', '>', shareOut.held_on)
      .executeTakeFirstOrThrow();
    expect(Number(later.n)).toBeGreaterThan(20);
  });

  it('lets every demo login log in with the demo password', async () => {
    expect(logins).toHaveLength(21);
    for (const demo of logins) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: demo.username, password: demoPassword },
      });
      expect(res.statusCode, demo.username).toBe(200);
      expect(res.json()).toMatchObject({
        user: { role: demo.role },
        organisation: { slug: demo.organisation },
      });
    }
  });

  // Last, because it closes the shared database first: Kysely's migrator looks for its tables in every
  // PostgreSQL schema, so a second test schema cannot be migrated while the first one exists.
  it('makes the same data on every run', async () => {
    expect(planDemo(demoOrganisations[0]!).commands).toEqual(planDemo(demoOrganisations[0]!).commands);
    const first = await fingerprint(t.database);
    await t.close();
    closed = true;
    const again = await kind.open();
    try {
      await loadDemo(again);
      expect(await fingerprint(again)).toEqual(first);
    } finally {
      await again.close();
    }
  }, 120_000);
});

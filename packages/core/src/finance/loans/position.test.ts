import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors/domain-error.ts';
import { allocateRepayment, type LoanHistory, type LoanPosition, loanPosition } from './position.ts';
import { addPeriods, loanFrequencies, loanMethods, loanSchedule } from './schedule.ts';

// 30,000 flat at 1% a month over 3 months: total interest 30,000 × 1% × 3 = 900, so each instalment is
// 10,000 principal + 300 interest, due 10 February, 10 March and 10 April 2026.
const schedule = loanSchedule({
  principal: 30_000,
  rateBps: 100,
  method: 'flat',
  instalments: 3,
  frequency: 'monthly',
  gracePeriods: 0,
  disbursedOn: '2026-01-10',
});

const history = (overrides: Partial<LoanHistory> = {}): LoanHistory => ({
  repayments: [],
  penaltiesLevied: [],
  penaltiesWaived: [],
  ...overrides,
});

/** Records a repayment as the books would: allocated on the position of its day. */
function pay(loan: LoanHistory, paidOn: string, amount: number): LoanHistory {
  const split = allocateRepayment(loanPosition(schedule, loan, paidOn), amount);
  return { ...loan, repayments: [...loan.repayments, { paidOn, ...split }] };
}

const paid = (position: LoanPosition) =>
  position.instalments.map((row) => [row.interestPaid, row.principalPaid, row.paidOn]);

function domainError(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error('expected a DomainError');
}

describe('loanPosition', () => {
  it('shows what is due, outstanding and late when nothing has been paid', () => {
    expect(loanPosition(schedule, history(), '2026-02-10')).toMatchObject({
      status: 'active',
      interestDue: 300,
      principalDue: 10_000,
      principalOutstanding: 30_000,
      payoff: 30_300,
      daysPastDue: 0,
    });
    // 10 February to 1 April: 18 days of February + 31 of March + 1 = 50 days.
    expect(loanPosition(schedule, history(), '2026-04-01')).toMatchObject({
      status: 'overdue',
      interestDue: 600,
      principalDue: 20_000,
      principalOutstanding: 30_000,
      payoff: 30_600,
      daysPastDue: 50,
      repaidOn: null,
    });
  });

  it('counts penalties levied less those waived and paid, and only history up to the date', () => {
    const loan = history({
      penaltiesLevied: [
        { on: '2026-02-15', amount: 500 },
        { on: '2026-03-15', amount: 500 },
      ],
      penaltiesWaived: [{ on: '2026-02-20', amount: 200 }],
      repayments: [{ paidOn: '2026-02-25', penalty: 100, interest: 0, principal: 0 }],
    });
    expect(loanPosition(schedule, loan, '2026-02-19').penaltyDue).toBe(500);
    expect(loanPosition(schedule, loan, '2026-02-25').penaltyDue).toBe(200);
    expect(loanPosition(schedule, loan, '2026-03-15').penaltyDue).toBe(700);
  });

  it('maps recorded parts onto the instalments oldest first, in date order', () => {
    const loan = history({
      repayments: [
        { paidOn: '2026-03-20', penalty: 0, interest: 50, principal: 0 },
        { paidOn: '2026-03-12', penalty: 0, interest: 450, principal: 15_000 },
        { paidOn: '2026-03-20', penalty: 0, interest: 100, principal: 5_000 },
      ],
    });
    expect(paid(loanPosition(schedule, loan, '2026-03-12'))).toEqual([
      [300, 10_000, '2026-03-12'],
      [150, 5_000, null],
      [0, 0, null],
    ]);
    expect(paid(loanPosition(schedule, loan, '2026-03-20'))).toEqual([
      [300, 10_000, '2026-03-12'],
      [300, 10_000, '2026-03-20'],
      [0, 0, null],
    ]);
  });

  it('is written off from the write-off date', () => {
    const loan = history({ writtenOffOn: '2026-06-01' });
    expect(loanPosition(schedule, loan, '2026-05-31').status).toBe('overdue');
    expect(loanPosition(schedule, loan, '2026-06-01')).toMatchObject({
      status: 'written_off',
      principalOutstanding: 30_000,
    });
  });
});

describe('allocateRepayment', () => {
  it('pays the penalty, then due interest and principal oldest first, then prepays later principal', () => {
    const late = history({ penaltiesLevied: [{ on: '2026-03-12', amount: 500 }] });
    // Due on 15 March: penalty 500, then instalment 1 (300 + 10,000), then instalment 2 (300 + 10,000).
    const position = loanPosition(schedule, late, '2026-03-15');
    expect(allocateRepayment(position, 400)).toEqual({ penalty: 400, interest: 0, principal: 0 });
    expect(allocateRepayment(position, 700)).toEqual({ penalty: 500, interest: 200, principal: 0 });
    // 10,600 = 500 penalty + 300 interest + 9,800 principal of instalment 1.
    expect(allocateRepayment(position, 10_600)).toEqual({ penalty: 500, interest: 300, principal: 9_800 });
    // 10,900 = 500 + 300 + 10,000 (instalment 1) + 100 interest of instalment 2.
    expect(allocateRepayment(position, 10_900)).toEqual({ penalty: 500, interest: 400, principal: 10_000 });
    // 25,000 = 500 + 2 × 10,300 + 3,900 prepaid on instalment 3, whose interest is not yet charged.
    expect(allocateRepayment(position, 25_000)).toEqual({ penalty: 500, interest: 600, principal: 23_900 });
  });

  it('keeps partial payments against the oldest instalment until it is paid', () => {
    let loan = pay(history(), '2026-02-10', 200);
    expect(loanPosition(schedule, loan, '2026-02-10')).toMatchObject({ status: 'active', interestDue: 100 });
    expect(loanPosition(schedule, loan, '2026-02-11')).toMatchObject({ status: 'overdue', daysPastDue: 1 });
    loan = pay(loan, '2026-02-20', 5_000);
    loan = pay(loan, '2026-03-05', 5_100);
    const position = loanPosition(schedule, loan, '2026-03-05');
    expect(paid(position)).toEqual([
      [300, 10_000, '2026-03-05'],
      [0, 0, null],
      [0, 0, null],
    ]);
    expect(position).toMatchObject({ status: 'active', daysPastDue: 0, payoff: 20_000 });
    // 1 April: instalment 2 (due 10 March) is late by 22 days.
    expect(loanPosition(schedule, loan, '2026-04-01')).toMatchObject({ status: 'overdue', daysPastDue: 22 });
  });

  it('forgives the interest not yet due when a prepayment settles the loan early', () => {
    let loan = pay(history(), '2026-02-10', 10_300);
    const before = loanPosition(schedule, loan, '2026-02-20');
    expect(before.payoff).toBe(20_000);
    loan = pay(loan, '2026-02-20', 20_000);
    expect(loan.repayments[1]).toEqual({ paidOn: '2026-02-20', penalty: 0, interest: 0, principal: 20_000 });
    const after = loanPosition(schedule, loan, '2026-06-01');
    expect(after).toMatchObject({
      status: 'repaid',
      repaidOn: '2026-02-20',
      interestDue: 0,
      principalOutstanding: 0,
      payoff: 0,
      daysPastDue: 0,
    });
    expect(paid(after)).toEqual([
      [300, 10_000, '2026-02-10'],
      [0, 10_000, '2026-02-20'],
      [0, 10_000, '2026-02-20'],
    ]);
  });

  it('reopens a repaid loan for a penalty levied later, without charging the forgiven interest', () => {
    let loan = pay(history(), '2026-02-20', 30_300);
    loan = { ...loan, penaltiesLevied: [{ on: '2026-03-01', amount: 250 }] };
    expect(loanPosition(schedule, loan, '2026-04-15')).toMatchObject({
      status: 'active',
      penaltyDue: 250,
      interestDue: 0,
      payoff: 250,
      repaidOn: null,
    });
    loan = pay(loan, '2026-04-15', 250);
    expect(loan.repayments[1]).toMatchObject({ penalty: 250, interest: 0, principal: 0 });
    expect(loanPosition(schedule, loan, '2026-05-01')).toMatchObject({
      status: 'repaid',
      repaidOn: '2026-04-15',
    });
  });

  it('refuses more than the payoff, a repaid or written-off loan, and amounts that are not whole', () => {
    const position = loanPosition(schedule, history(), '2026-02-10');
    const over = domainError(() => allocateRepayment(position, 30_301));
    expect(over).toMatchObject({
      code: 'loan.overpayment',
      field: 'amount',
      params: { payoff: 30_300, amount: 30_301 },
    });
    for (const amount of [0, -5, 10.5, Number.NaN]) {
      expect(domainError(() => allocateRepayment(position, amount))).toMatchObject({
        code: 'request.invalid',
        field: 'amount',
      });
    }
    const repaid = loanPosition(schedule, pay(history(), '2026-02-10', 30_300), '2026-02-11');
    expect(repaid.status).toBe('repaid');
    expect(domainError(() => allocateRepayment(repaid, 1))).toMatchObject({
      code: 'loan.not_active',
      field: 'loanId',
      params: { status: 'repaid' },
    });
    const writtenOff = loanPosition(schedule, history({ writtenOffOn: '2026-05-01' }), '2026-05-01');
    expect(domainError(() => allocateRepayment(writtenOff, 1)).params).toEqual({ status: 'written_off' });
  });
});

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The instalments as the allocation pays them, one by one: due ones interest then principal, then later principal. */
function allocateByInstalment(position: LoanPosition, amount: number): [number, number][] {
  let left = amount - Math.min(amount, position.penaltyDue);
  const rows = position.instalments.map((row) => ({ ...row }));
  for (const row of rows.filter((r) => r.dueOn <= position.asOf)) {
    const interest = Math.min(left, row.interest - row.interestPaid);
    row.interestPaid += interest;
    left -= interest;
    const principal = Math.min(left, row.principal - row.principalPaid);
    row.principalPaid += principal;
    left -= principal;
  }
  for (const row of rows.filter((r) => r.dueOn > position.asOf)) {
    const principal = Math.min(left, row.principal - row.principalPaid);
    row.principalPaid += principal;
    left -= principal;
  }
  return rows.map((row) => [row.interestPaid, row.principalPaid]);
}

const termsArbitrary = fc.record({
  principal: fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 10_000_000 })),
  rateBps: fc.integer({ min: 0, max: 3_000 }),
  method: fc.constantFrom(...loanMethods),
  instalments: fc.integer({ min: 1, max: 24 }),
  frequency: fc.constantFrom(...loanFrequencies),
  gracePeriods: fc.integer({ min: 0, max: 3 }),
  disbursedOn: fc.constantFrom('2026-01-31', '2026-03-15', '2027-12-01'),
});

const stepArbitrary = fc.record({
  gapDays: fc.integer({ min: 0, max: 45 }),
  penalty: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000 })),
  share: fc.oneof(fc.constant(1_000), fc.integer({ min: 0, max: 1_000 })),
});

describe('replaying allocated repayments', () => {
  it('gives back the state the allocations produced', () => {
    fc.assert(
      fc.property(termsArbitrary, fc.array(stepArbitrary, { maxLength: 30 }), (terms, steps) => {
        const plan = loanSchedule(terms);
        const loan = history();
        let date: string = terms.disbursedOn;
        let principalPaid = 0;
        for (const step of steps) {
          date = addDays(date, step.gapDays);
          if (step.penalty > 0) loan.penaltiesLevied.push({ on: date, amount: step.penalty });
          const before = loanPosition(plan, loan, date);
          if (before.status === 'repaid') continue;
          const amount = Math.max(1, Math.floor((before.payoff * step.share) / 1_000));
          const split = allocateRepayment(before, amount);
          expect(split.penalty + split.interest + split.principal).toBe(amount);
          expect(split.penalty).toBeLessThanOrEqual(before.penaltyDue);
          expect(split.interest).toBeLessThanOrEqual(before.interestDue);
          loan.repayments.push({ paidOn: date, ...split });
          principalPaid += split.principal;

          const after = loanPosition(plan, loan, date);
          expect(after.instalments.map((row) => [row.interestPaid, row.principalPaid])).toEqual(
            allocateByInstalment(before, amount),
          );
          expect(after.penaltyDue).toBe(before.penaltyDue - split.penalty);
          expect(after.interestDue).toBe(before.interestDue - split.interest);
          expect(after.principalOutstanding).toBe(before.principalOutstanding - split.principal);
          expect(after.status === 'repaid').toBe(amount === before.payoff);
          if (after.status === 'repaid') {
            expect(loanPosition(plan, loan, addDays(date, 400))).toMatchObject({
              status: 'repaid',
              repaidOn: date,
              payoff: 0,
            });
          }
          expect(principalPaid).toBeLessThanOrEqual(terms.principal);
        }
        const end = loanPosition(plan, loan, addPeriods(date, 'monthly', 1));
        expect(terms.principal - end.principalOutstanding).toBe(principalPaid);
      }),
      { numRuns: 200 },
    );
  });
});

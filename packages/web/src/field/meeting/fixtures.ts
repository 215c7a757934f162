import { loanSchedule, newId } from '@groundwork/core';
import type { GroupFinance, LocalLoan } from '../../local/finance.ts';
import type { MeetingGroup, MeetingMember } from './group-data.ts';
import type { MeetingContext } from './sheet.ts';

/** A weekly SHG of three members and its books, for the tests of the meeting screen's logic. */
export function shgContext(
  currency: 'INR' | 'XOF' = 'INR',
  overrides: Partial<MeetingContext> = {},
): MeetingContext {
  const unit = currency === 'INR' ? 100 : 1;
  const members: MeetingMember[] = [
    { personId: newId(), name: 'Asha Pawar' },
    { personId: newId(), name: 'Meena Jadhav' },
    { personId: newId(), name: 'Sunita More' },
  ];
  const group: MeetingGroup = {
    id: newId(),
    name: 'Jai Bhavani',
    kind: 'shg',
    cadence: 'weekly',
    formedOn: '2024-01-01',
    rules: {
      savingAmountPerMeeting: 100 * unit,
      fineRules: [
        { reason: 'absence', amount: 10 * unit },
        { reason: 'late', amount: 5 * unit },
      ],
      interestRateBpsPerMonth: 200,
      loanCapMultipleOfSavings: 2,
      loanCapAmount: 20_000 * unit,
    },
  };
  const [asha, meena] = members as [MeetingMember, MeetingMember, MeetingMember];
  const finance: GroupFinance = {
    groupId: group.id,
    currency,
    cash: 5_000 * unit,
    bank: [{ bankAccountId: newId(), bankName: 'SBI', balance: 3_000 * unit }],
    savings: 12_000 * unit,
    loansOutstanding: 0,
    finesDue: 0,
    socialFund: 0,
    members: [
      { personId: asha.personId, savings: 4_000 * unit, loanOutstanding: 0, finesDue: 0 },
      { personId: meena.personId, savings: 4_000 * unit, loanOutstanding: 0, finesDue: 0 },
    ],
    lastMeeting: null,
    nextMeetingDue: null,
    loans: [weeklyLoan(group.id, meena.personId, 1_000 * unit)],
  };
  return {
    group,
    members,
    finance,
    takenDates: new Set(['2025-01-08']),
    currency,
    numberLocale: 'en-IN',
    today: '2025-01-29',
    ...overrides,
  };
}

/** A flat loan of 4 weekly instalments from 1 January 2025, the first one paid. */
export function weeklyLoan(groupId: string, personId: string, principal: number): LocalLoan {
  const schedule = loanSchedule({
    principal,
    rateBps: 50,
    method: 'flat',
    instalments: 4,
    frequency: 'weekly',
    gracePeriods: 0,
    disbursedOn: '2025-01-01',
  }).map((row) => ({
    ...row,
    interestPaid: row.number === 1 ? row.interest : 0,
    principalPaid: row.number === 1 ? row.principal : 0,
    paidOn: row.number === 1 ? row.dueOn : null,
  }));
  return {
    id: newId(),
    groupId,
    personId,
    meetingId: null,
    disbursedOn: '2025-01-01',
    principal,
    rateBps: 50,
    method: 'flat',
    instalments: 4,
    frequency: 'weekly',
    gracePeriods: 0,
    purpose: 'goat',
    status: 'active',
    asOf: '2025-01-08',
    principalOutstanding: principal - (schedule[0]?.principal ?? 0),
    interestDue: 0,
    penaltyDue: 0,
    principalDue: 0,
    payoff: 0,
    daysPastDue: 0,
    nextDueOn: '2025-01-15',
    schedule,
  };
}

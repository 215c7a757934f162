/**
 * Performance ratios of a savings group over a period, as in VSLA / SAVIX reporting. Every ratio is a
 * plain fraction (0.25 is 25%) except savings_per_member, which is money in minor units, rounded to the
 * nearest unit. A ratio whose denominator is 0 has no value (null).
 */

export interface RatioInputs {
  /** Attendance over the period: members present, summed over the meetings. */
  memberMeetingsPresent: number;
  /** Members on the roll, summed over the meetings. */
  memberMeetings: number;
  /** Savings balance at period end, minor units. */
  savingsBalance: number;
  /** Members at period end. */
  members: number;
  /** Loan principal outstanding at period end, minor units. */
  loansOutstandingPrincipal: number;
  /** What the group has to lend: savings + retained surplus, i.e. cash + bank + loans outstanding. */
  loanFund: number;
  /** Outstanding principal of loans more than 30 days past due. */
  parPrincipal: number;
  /** Income − expenses over the period, minor units. */
  netSurplus: number;
  /** Average savings balance over the period, minor units. */
  averageSavings: number;
  membersAtStart: number;
  membersLeft: number;
}

export const ratioKeys = [
  'attendance_rate',
  'savings_per_member',
  'loan_fund_utilisation',
  'portfolio_at_risk_30',
  'return_on_savings',
  'drop_out_rate',
] as const;
export type RatioKey = (typeof ratioKeys)[number];

export interface Ratio {
  key: RatioKey;
  /** null when the denominator is 0. */
  value: number | null;
  /** What the ratio measures, in English, for developers. */
  definition: string;
}

interface RatioRule {
  key: RatioKey;
  definition: string;
  /** Money per something: rounded to whole minor units. */
  inMinorUnits?: true;
  numerator(i: RatioInputs): number;
  denominator(i: RatioInputs): number;
}

const rules: readonly RatioRule[] = [
  /** Attendance rate = members present / members on the roll, summed over the period's meetings. */
  {
    key: 'attendance_rate',
    definition: "Members present divided by members on the roll, summed over the period's meetings.",
    numerator: (i) => i.memberMeetingsPresent,
    denominator: (i) => i.memberMeetings,
  },
  /** Savings per member = savings balance / members, both at period end; minor units, rounded. */
  {
    key: 'savings_per_member',
    definition: 'Savings balance divided by the number of members, both at period end, in minor units.',
    inMinorUnits: true,
    numerator: (i) => i.savingsBalance,
    denominator: (i) => i.members,
  },
  /** Loan fund utilisation = loan principal outstanding / loan fund, at period end. */
  {
    key: 'loan_fund_utilisation',
    definition: 'Loan principal outstanding divided by the loan fund (cash + bank + loans outstanding).',
    numerator: (i) => i.loansOutstandingPrincipal,
    denominator: (i) => i.loanFund,
  },
  /** Portfolio at risk (30 days) = principal of loans > 30 days past due / all principal outstanding. */
  {
    key: 'portfolio_at_risk_30',
    definition:
      'Outstanding principal of loans more than 30 days past due divided by all loan principal outstanding.',
    numerator: (i) => i.parPrincipal,
    denominator: (i) => i.loansOutstandingPrincipal,
  },
  /** Return on savings = net surplus (income − expenses) / average savings balance, over the period. */
  {
    key: 'return_on_savings',
    definition: "The period's net surplus (income minus expenses) divided by its average savings balance.",
    numerator: (i) => i.netSurplus,
    denominator: (i) => i.averageSavings,
  },
  /** Drop-out rate = members who left during the period / members at its start. */
  {
    key: 'drop_out_rate',
    definition: 'Members who left during the period divided by the members at its start.',
    numerator: (i) => i.membersLeft,
    denominator: (i) => i.membersAtStart,
  },
];

/** The six ratios, in the order of `ratioKeys`. */
export function savingsGroupRatios(i: RatioInputs): Ratio[] {
  return rules.map((rule) => {
    const below = rule.denominator(i);
    const fraction = rule.numerator(i) / below;
    const value = below === 0 ? null : rule.inMinorUnits ? Math.round(fraction) : fraction;
    return { key: rule.key, value, definition: rule.definition };
  });
}

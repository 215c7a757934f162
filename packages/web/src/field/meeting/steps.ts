import type { Problem } from './sheet.ts';

export type StepName = 'attendance' | 'savings' | 'repayments' | 'fines' | 'loans' | 'notes' | 'summary';

/** The steps of a meeting in order; a group without books only takes attendance and notes. */
export const stepsFor = (books: boolean): StepName[] =>
  books
    ? ['attendance', 'savings', 'repayments', 'fines', 'loans', 'notes', 'summary']
    : ['attendance', 'notes', 'summary'];

const stepOfField: Record<string, StepName> = {
  heldOn: 'attendance',
  attendance: 'attendance',
  saving: 'savings',
  repayment: 'repayments',
  fine: 'fines',
  loan: 'loans',
};

/** The step where a problem can be put right. */
export function stepOfProblem(steps: StepName[], problem: Problem): number {
  const name = stepOfField[problem.field.split('.')[0] ?? ''] ?? 'summary';
  return Math.max(0, steps.indexOf(name));
}

import { openBankAccount, recordBankStatement } from './bank-commands.ts';
import { recordShareOut, startCycle } from './cycles.ts';
import { recordEntry } from './entry-commands.ts';
import { writeOffLoan } from './loan-commands.ts';
import { closeMeeting, recordMeeting } from './meeting-commands.ts';
import { reverseEntry } from './reversal-commands.ts';

/** Every command of the group books. */
export const financeCommands = [
  openBankAccount,
  recordBankStatement,
  recordMeeting,
  closeMeeting,
  recordEntry,
  reverseEntry,
  writeOffLoan,
  startCycle,
  recordShareOut,
];

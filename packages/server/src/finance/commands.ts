import { recordShareOut, startCycle } from './cycles.ts';
import {
  openBankAccount,
  recordBankStatement,
  recordEntry,
  reverseEntry,
  writeOffLoan,
} from './entry-commands.ts';
import { closeMeeting, recordMeeting } from './meeting-commands.ts';

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

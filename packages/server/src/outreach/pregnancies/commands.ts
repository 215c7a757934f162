import type { CommandHandler } from '../../commands/context.ts';
import {
  closePregnancy,
  recordAntenatalContact,
  recordDelivery,
  recordPostnatalVisit,
} from './event-commands.ts';
import { registerPregnancy } from './register-command.ts';

export const pregnanciesCommands: CommandHandler[] = [
  registerPregnancy,
  recordAntenatalContact,
  recordDelivery,
  recordPostnatalVisit,
  closePregnancy,
];

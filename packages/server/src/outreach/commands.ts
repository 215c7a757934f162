import type { CommandHandler } from '../commands/context.ts';
import { counsellingCommands } from './counselling/commands.ts';
import { distributionsCommands } from './distributions/commands.ts';
import { hesitancyCommands } from './hesitancy/commands.ts';
import { homeVisitsCommands } from './home-visits/commands.ts';
import { pregnanciesCommands } from './pregnancies/commands.ts';
import { reportingCommands } from './reporting/commands.ts';
import { tasksCommands } from './tasks/commands.ts';
import { vaccinationCommands } from './vaccination/commands.ts';
import { vouchersCommands } from './vouchers/commands.ts';

/** Every command of health outreach. */
export const outreachCommands: CommandHandler[] = [
  ...vaccinationCommands,
  ...hesitancyCommands,
  ...counsellingCommands,
  ...homeVisitsCommands,
  ...pregnanciesCommands,
  ...distributionsCommands,
  ...vouchersCommands,
  ...tasksCommands,
  ...reportingCommands,
];

import type { CommandHandler } from '../../commands/context.ts';
import { endFollowUpPlan, startFollowUpPlan } from './plan-commands.ts';
import { recordHomeVisit } from './visit-commands.ts';

export const homeVisitsCommands: CommandHandler[] = [startFollowUpPlan, endFollowUpPlan, recordHomeVisit];

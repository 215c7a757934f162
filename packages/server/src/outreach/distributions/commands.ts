import type { CommandHandler } from '../../commands/context.ts';

export const distributionsCommands: CommandHandler[] = [];

import { peopleCommands } from '../people/commands.ts';
import { userCommands } from '../users/commands.ts';
import type { CommandHandler } from './context.ts';

/** Every command the server knows, by type. A device may send any of them through sync. */
export const commandHandlers: ReadonlyMap<string, CommandHandler> = new Map(
  ([...peopleCommands, ...userCommands] as CommandHandler[]).map((h) => [h.type, h]),
);

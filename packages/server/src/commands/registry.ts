import { areaCommands } from '../areas/commands.ts';
import { financeCommands } from '../finance/commands.ts';
import { createGroup, updateGroup } from '../groups/commands.ts';
import { addMember, endMembership } from '../groups/membership-commands.ts';
import { assignOffice, endOffice } from '../groups/office-commands.ts';
import { outreachCommands } from '../outreach/commands.ts';
import { peopleCommands } from '../people/commands.ts';
import { userCommands } from '../users/commands.ts';
import type { CommandHandler } from './context.ts';

/** Every command the server knows, by type. A device may send any of them through sync. */
export const commandHandlers: ReadonlyMap<string, CommandHandler> = new Map(
  (
    [
      ...areaCommands,
      ...peopleCommands,
      createGroup,
      updateGroup,
      addMember,
      endMembership,
      assignOffice,
      endOffice,
      ...userCommands,
      ...financeCommands,
      ...outreachCommands,
    ] as CommandHandler[]
  ).map((h) => [h.type, h]),
);

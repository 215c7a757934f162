import { z } from 'zod';
import { instantSchema } from '../shared/dates.ts';
import { idSchema } from '../shared/ids.ts';

export const commandTypeSchema = z
  .string()
  .regex(/^[a-z_]+(\.[a-z0-9_]+)+$/, 'a command type such as person.create');

/** One change as a device records it: its own id, what it is, when it happened, and the data. */
export const commandEnvelope = z.strictObject({
  id: idSchema,
  type: commandTypeSchema,
  at: instantSchema,
  payload: z.record(z.string(), z.unknown()),
});
export type CommandEnvelope = z.infer<typeof commandEnvelope>;

export const maxPushBatch = 500;

export const syncPushInput = z.strictObject({
  deviceId: z.string().trim().min(1).max(100),
  commands: z.array(commandEnvelope).min(1),
});

export type CommandStatus = 'applied' | 'duplicate' | 'rejected';

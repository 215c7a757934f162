import { DomainError, idSchema, newId } from '@groundwork/core';
import { applyCommands } from '../commands/apply.ts';
import { type AuthedRequest, type Reply, reply } from './route.ts';

export function deviceOf(req: AuthedRequest<unknown, unknown, unknown>): string {
  const header = req.raw.headers['x-device-id'];
  if (typeof header === 'string' && header.length > 0 && header.length <= 100) return header;
  return req.session.deviceId ?? 'web';
}

/**
 * A REST write is one command; `fromPath` holds the ids taken from the address. The Idempotency-Key header, when sent, is its id: sending the same
 * request again returns the first answer and writes nothing more.
 */
export async function runCommand(
  req: AuthedRequest<unknown, unknown, unknown>,
  type: string,
  body: Record<string, unknown>,
  fromPath: Record<string, string> = {},
): Promise<Reply> {
  const payload = { ...body, ...fromPath };
  const key = req.raw.headers['idempotency-key'];
  let id = newId();
  if (key !== undefined) {
    const parsed = idSchema.safeParse(key);
    if (!parsed.success) {
      throw new DomainError('request.invalid', {
        field: 'Idempotency-Key',
        issues: [{ field: 'Idempotency-Key', reason: 'invalid_format', params: { format: 'uuid' } }],
      });
    }
    id = parsed.data;
  }
  const [result] = await applyCommands(req.app.database, {
    actor: req.actor,
    deviceId: deviceOf(req),
    commands: [{ id, type, at: new Date().toISOString(), payload }],
  });
  if (!result) throw new Error('a command produced no result');
  if (result.status === 'rejected' && result.error) {
    // The record named in the address does not exist for this caller: that is a 404, not a bad field.
    const { code, field } = result.error;
    if (code === 'reference.not_found' && field && field in fromPath)
      throw new DomainError('resource.not_found');
    throw result.error;
  }
  const created = result.status === 'applied' && req.raw.method === 'POST';
  return reply(created ? 201 : 200, {
    commandId: id,
    status: result.status,
    ...result.result,
  });
}

import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/schema.ts';

export interface Session {
  id: string;
  orgId: string;
  userId: string;
  csrfToken: string;
  deviceId: string | null;
  expiresAt: string;
}

/** Only a hash of the token is stored, so a leaked database does not leak live sessions. */
export const sessionCookie = 'gw_session';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Kysely<Tables>,
  user: { id: string; org_id: string },
  days: number,
  deviceId: string | null,
): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const session: Session = {
    id: hashToken(token),
    orgId: user.org_id,
    userId: user.id,
    csrfToken: randomBytes(24).toString('base64url'),
    deviceId,
    expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
  };
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      org_id: session.orgId,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      device_id: deviceId,
      created_at: now.toISOString(),
      expires_at: session.expiresAt,
      revoked_at: null,
    })
    .execute();
  return { token, session };
}

/** The live session and its user for a token, or an error saying why there is none. */
export async function findSession(db: Kysely<Tables>, token: string) {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', (j) =>
      j.onRef('users.org_id', '=', 'sessions.org_id').onRef('users.id', '=', 'sessions.user_id'),
    )
    .select([
      'sessions.id',
      'sessions.org_id',
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.device_id',
      'sessions.expires_at',
      'sessions.revoked_at',
      'users.role',
      'users.sensitive_access',
      'users.disabled_at',
      'users.locale',
      'users.username',
    ])
    .where('sessions.id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.expires_at <= new Date().toISOString())
    throw new DomainError('auth.required');
  if (row.disabled_at) throw new DomainError('user.disabled');
  const session: Session = {
    id: row.id,
    orgId: row.org_id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    deviceId: row.device_id,
    expiresAt: row.expires_at,
  };
  return {
    session,
    user: { id: row.user_id, org_id: row.org_id, role: row.role, sensitive_access: row.sensitive_access },
    locale: row.locale,
    username: row.username,
  };
}

export async function revokeSession(db: Kysely<Tables>, sessionId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', sessionId)
    .execute();
}

/** Disabling a user or resetting a password ends every session she has. */
export async function revokeUserSessions(db: Kysely<Tables>, orgId: string, userId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date().toISOString() })
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

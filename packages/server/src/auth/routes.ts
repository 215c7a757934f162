import { accountLocale, DomainError, loginInput } from '@groundwork/core';
import { z } from 'zod';
import { audit } from '../audit/audit.ts';

import { reply, route } from '../http/route.ts';
import { runCommand } from '../http/run-command.ts';
import { verifyPassword } from './passwords.ts';
import { createSession, revokeSession, sessionCookie } from './sessions.ts';

const loginBody = loginInput.extend({ deviceId: z.string().trim().min(1).max(100).optional() });

export const authRoutes = [
  route({
    method: 'POST',
    url: '/api/auth/login',
    summary: 'Log in: a bearer token in the body and an HttpOnly session cookie',
    tag: 'auth',
    auth: false,
    body: loginBody,
    async handler(req) {
      const { username, password, deviceId } = req.body;
      const { db } = req.app.database;
      const limiter = req.app.loginLimiter;
      const wait = await limiter.retryAfter(username, req.raw.ip);
      if (wait > 0) throw new DomainError('auth.rate_limited', { params: { seconds: wait } });
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      const ok = await verifyPassword(user?.password_hash, password);
      if (!user || !ok) {
        await limiter.failed(username, req.raw.ip);
        if (user)
          await audit(db, { orgId: user.org_id, userId: user.id }, { action: 'auth.login_failed', deviceId });
        throw new DomainError('auth.invalid_credentials', { field: 'password' });
      }
      if (user.disabled_at) throw new DomainError('user.disabled', { field: 'username' });
      await limiter.succeeded(username);
      const { token, session } = await createSession(db, user, req.app.config.sessionDays, deviceId ?? null);
      await audit(db, { orgId: user.org_id, userId: user.id }, { action: 'auth.login', deviceId });
      req.reply.setCookie(sessionCookie, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.app.config.secureCookies,
        path: '/',
        expires: new Date(session.expiresAt),
      });
      const org = await db
        .selectFrom('organisations')
        .selectAll()
        .where('id', '=', user.org_id)
        .executeTakeFirstOrThrow();
      return reply(200, {
        token,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
        user: {
          id: user.id,
          username: user.username,
          displayName: user.display_name,
          role: user.role,
          locale: user.locale ?? org.locale,
          sensitiveAccess: user.sensitive_access === 1,
        },
        organisation: {
          id: org.id,
          slug: org.slug,
          name: org.name,
          currency: org.currency,
          locale: org.locale,
        },
      });
    },
  }),
  route({
    method: 'POST',
    url: '/api/auth/logout',
    summary: 'Log out: the session or token stops working at once',
    tag: 'auth',
    async handler(req) {
      await revokeSession(req.app.database.db, req.session.id);
      await audit(req.app.database.db, req.actor, { action: 'auth.logout', deviceId: req.session.deviceId });
      req.reply.clearCookie(sessionCookie, { path: '/' });
      return reply(200, { status: 'logged_out' });
    },
  }),
  route({
    method: 'PUT',
    url: '/api/auth/me/locale',
    summary: 'Choose your own language: the app and the server’s messages follow it on every device',
    tag: 'auth',
    body: accountLocale,
    handler: (req) => runCommand(req, 'account.set_locale', req.body),
  }),
  route({
    method: 'GET',
    url: '/api/auth/me',
    summary: 'Who you are, your role and scope',
    tag: 'auth',
    async handler(req) {
      const user = await req.app.database.db
        .selectFrom('users')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('id', '=', req.actor.userId)
        .executeTakeFirstOrThrow();
      return {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        role: user.role,
        locale: user.locale,
        sensitiveAccess: user.sensitive_access === 1,
        organisationId: user.org_id,
        csrfToken: req.session.csrfToken,
        scope: { areaIds: [...req.actor.scope.areaIds], groupIds: [...req.actor.scope.groupIds] },
      };
    },
  }),
];

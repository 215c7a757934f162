import { idSchema } from '@groundwork/core';
import { z } from 'zod';
import { ensure } from '../http/ensure.ts';
import { route } from '../http/route.ts';
import { decodeCursor, page, pageQuery } from '../shared/pagination.ts';

export const auditRoutes = [
  route({
    method: 'GET',
    url: '/api/audit',
    summary: 'The audit trail: sign-ins and sensitive reads (audit log) and every write (command log)',
    tag: 'audit',
    query: z.strictObject({
      ...pageQuery,
      entityId: idSchema.optional(),
      userId: idSchema.optional(),
      action: z.string().max(60).optional(),
    }),
    async handler(req) {
      ensure(req, 'audit.read', {});
      const { limit, cursor, entityId, userId, action } = req.query;
      const after = decodeCursor(cursor);
      let query = req.app.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('org_id', '=', req.actor.orgId);
      if (after) query = query.where('id', '<', after);
      if (entityId) query = query.where('entity_id', '=', entityId);
      if (userId) query = query.where('user_id', '=', userId);
      if (action) query = query.where('action', '=', action);
      const rows = await query
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      return page(
        rows.map((r) => ({
          id: r.id,
          at: r.at,
          userId: r.user_id,
          deviceId: r.device_id,
          commandId: r.command_id,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          detail: r.detail ? JSON.parse(r.detail) : null,
        })),
        limit,
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/commands',
    summary: 'The command log: every write, who made it, when, from which device',
    tag: 'audit',
    query: z.strictObject({
      ...pageQuery,
      userId: z.string().max(60).optional(),
      type: z.string().max(60).optional(),
    }),
    async handler(req) {
      ensure(req, 'audit.read', {});
      const { limit, cursor, userId, type } = req.query;
      const after = decodeCursor(cursor);
      let query = req.app.database.db
        .selectFrom('commands')
        .select(['id', 'type', 'user_id', 'device_id', 'at', 'received_at', 'result'])
        .where('org_id', '=', req.actor.orgId);
      if (after) query = query.where('id', '<', after);
      if (userId) query = query.where('user_id', '=', userId);
      if (type) query = query.where('type', '=', type);
      const rows = await query
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      return page(
        rows.map((r) => ({
          id: r.id,
          type: r.type,
          userId: r.user_id,
          deviceId: r.device_id,
          at: r.at,
          receivedAt: r.received_at,
          result: JSON.parse(r.result),
        })),
        limit,
      );
    },
  }),
];

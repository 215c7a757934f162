import { areaCreate, areaUpdate, DomainError, idSchema } from '@groundwork/core';
import { z } from 'zod';
import { areasInScope } from '../access/scope-sql.ts';
import { ensure } from '../http/ensure.ts';
import { route } from '../http/route.ts';
import { runCommand } from '../http/run-command.ts';
import { decodeCursor, page, pageQuery } from '../shared/pagination.ts';
import { toAreaView } from './commands.ts';

const idParams = z.strictObject({ id: idSchema });

export const areaRoutes = [
  route({
    method: 'GET',
    url: '/api/areas',
    summary: 'Areas of your organisation (a scoped user sees her areas and everything under them)',
    tag: 'areas',
    query: z.strictObject({
      ...pageQuery,
      parentId: idSchema.optional(),
      kind: z.string().max(30).optional(),
      q: z.string().trim().min(1).max(100).optional(),
    }),
    async handler(req) {
      ensure(req, 'area.read', {});
      const { limit, cursor, parentId, kind, q } = req.query;
      const after = decodeCursor(cursor);
      let query = req.app.database.db
        .selectFrom('areas')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where(areasInScope(req.actor));
      if (after) query = query.where('id', '>', after);
      if (parentId) query = query.where('parent_id', '=', parentId);
      if (kind) query = query.where('kind', '=', kind);
      if (q) query = query.where('name', 'like', `%${q.replace(/[%_]/g, '')}%`);
      const rows = await query
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      return page(rows.map(toAreaView), limit);
    },
  }),
  route({
    method: 'GET',
    url: '/api/areas/:id',
    summary: 'One area',
    tag: 'areas',
    params: idParams,
    async handler(req) {
      const row = await req.app.database.db
        .selectFrom('areas')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!row) throw new DomainError('resource.not_found');
      ensure(req, 'area.read', { areaId: row.id }, 'not_found');
      return toAreaView(row);
    },
  }),
  route({
    method: 'POST',
    url: '/api/areas',
    summary: 'Add an area under a parent (or at the top)',
    tag: 'areas',
    body: areaCreate,
    handler: (req) => runCommand(req, 'area.create', req.body),
  }),
  route({
    method: 'PATCH',
    url: '/api/areas/:id',
    summary: 'Rename or move an area',
    tag: 'areas',
    params: idParams,
    body: areaUpdate.omit({ id: true }),
    handler: (req) => runCommand(req, 'area.update', req.body, { id: req.params.id }),
  }),
];

import { commandEnvelope, DomainError, maxPushBatch, syncPushInput } from '@groundwork/core';
import { z } from 'zod';
import { groupsInScope, peopleInScope } from '../access/scope-sql.ts';
import { applyCommands, type CommandResult } from '../commands/apply.ts';
import { readableGroup } from '../finance/access.ts';
import { todayIn } from '../finance/today.ts';
import { ensure } from '../http/ensure.ts';
import { toProblem } from '../http/problem.ts';
import { route } from '../http/route.ts';
import { issuesOf } from '../shared/validate.ts';
import { financeSnapshots } from './finance.ts';
import { changesInScope } from './pull.ts';
import { snapshotHigh, snapshotPage } from './snapshot.ts';

const pushBody = syncPushInput.extend({ commands: z.array(z.unknown()).min(1) });

const pullQuery = z.strictObject({
  since: z
    .string()
    .regex(/^\d{1,15}(\.\d{1,15})?$/, 'a cursor from an earlier pull, or 0')
    .default('0'),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
  /** With since=0: each entity once, as it stands, rather than every change since the beginning. */
  compact: z.enum(['true', 'false']).default('false'),
});

const uuid = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const maxFinanceGroups = 500;
const financeQuery = z.strictObject({
  groupIds: z
    .string()
    .regex(new RegExp(`^${uuid}(,${uuid}){0,${maxFinanceGroups - 1}}$`), 'group ids separated by commas')
    .optional(),
});

export const syncRoutes = [
  route({
    method: 'POST',
    url: '/api/sync/push',
    summary: 'Send a batch of commands made offline; one result per command, in order',
    tag: 'sync',
    body: pushBody,
    compress: false,
    async handler(req) {
      ensure(req, 'sync.push', {});
      const { deviceId, commands } = req.body;
      if (commands.length > maxPushBatch) {
        throw new DomainError('sync.batch_too_large', { field: 'commands', params: { max: maxPushBatch } });
      }
      const slots: (CommandResult | undefined)[] = [];
      const valid = [];
      for (const [index, raw] of commands.entries()) {
        const parsed = commandEnvelope.safeParse(raw);
        if (parsed.success) {
          valid.push(parsed.data);
          slots.push(undefined);
          continue;
        }
        const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : '';
        const issues = issuesOf(parsed.error, `commands.${index}`);
        slots.push({
          id,
          status: 'rejected',
          error: new DomainError('request.invalid', { field: issues[0]?.field, issues }),
        });
      }
      const applied =
        valid.length > 0
          ? await applyCommands(req.app.database, { actor: req.actor, deviceId, commands: valid })
          : [];
      let next = 0;
      const results = slots.map((slot) => slot ?? applied[next++]!);
      return {
        results: results.map((r) => ({
          id: r.id,
          status: r.status,
          ...(r.result ? { result: r.result } : {}),
          ...(r.error ? { error: toProblem(r.error, req.locale) } : {}),
        })),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/sync/pull',
    summary:
      'What changed in your scope since a cursor, a page at a time; a first sync (since=0&compact=true) gets each record once, as it stands',
    tag: 'sync',
    query: pullQuery,
    async handler(req) {
      ensure(req, 'sync.pull', {});
      const [since, after] = req.query.since.split('.').map(Number) as [number, number | undefined];
      const { db } = req.app.database;
      if (since === 0) {
        const cap = req.app.config.syncScopeCap;
        const row = await db
          .selectFrom('people')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('org_id', '=', req.actor.orgId)
          .where(peopleInScope(req.actor))
          .executeTakeFirstOrThrow();
        if (Number(row.n) > cap) {
          throw new DomainError('sync.scope_too_large', {
            field: 'since',
            params: { count: Number(row.n), max: cap },
          });
        }
      }
      if (after !== undefined || (since === 0 && req.query.compact === 'true')) {
        const org = await db
          .selectFrom('organisations')
          .select('time_zone')
          .where('id', '=', req.actor.orgId)
          .executeTakeFirstOrThrow();
        const high = after === undefined ? await snapshotHigh(db, req.actor.orgId) : since;
        return snapshotPage(
          db,
          req.actor,
          { high, after: after ?? 0 },
          req.query.limit,
          todayIn(org.time_zone),
        );
      }
      const rows = await changesInScope(db, req.actor, since, req.query.limit + 1);
      const changes = rows.slice(0, req.query.limit);
      const last = changes.at(-1);
      return {
        changes: changes.map((c) => ({
          seq: c.seq,
          entity: c.entity,
          id: c.entity_id,
          op: c.op,
          commandId: c.command_id,
          data: JSON.parse(c.data),
        })),
        nextCursor: String(last ? last.seq : since),
        hasMore: rows.length > req.query.limit,
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/sync/finance',
    summary:
      'The books of the groups in your scope (or of those named): balances, each member, open loans with their schedules',
    tag: 'sync',
    query: financeQuery,
    async handler(req) {
      ensure(req, 'sync.pull', {});
      const { db } = req.app.database;
      const groups = req.query.groupIds
        ? await Promise.all([...new Set(req.query.groupIds.split(','))].map((id) => readableGroup(req, id)))
        : await db
            .selectFrom('groups')
            .selectAll()
            .where('org_id', '=', req.actor.orgId)
            .where(groupsInScope(req.actor))
            .orderBy('id')
            .execute();
      const org = await db
        .selectFrom('organisations')
        .selectAll()
        .where('id', '=', req.actor.orgId)
        .executeTakeFirstOrThrow();
      return { items: await financeSnapshots(db, org, groups) };
    },
  }),
];

import { newId } from '@groundwork/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWorld,
  countDiff,
  type Prepared,
  requests,
  rowCounts,
  type World,
} from '../access/matrix-fixture.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { outreachMatrix } from '../outreach/matrix.ts';
import { startTestApp } from '../testing/harness.ts';
import { allRoutes } from './routes.ts';

interface Schema {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
}

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the document writes it: /api/people/{id} */
  path: string;
  /** As the routes write it: POST /api/people/:id */
  key: string;
  pathParams: string[];
  body: Schema | undefined;
}

interface Document {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content: Record<string, { schema: Schema }> };
      }
    >
  >;
}

function operationsOf(doc: Document): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method: method.toUpperCase() as Operation['method'],
      path,
      key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      body: op.requestBody?.content['application/json']?.schema,
    })),
  );
}

/** The operations of the document the app itself serves, read once to name the tests. */
const served = await (async () => {
  const t = await startTestApp(testDatabaseKinds()[0]!);
  try {
    return operationsOf((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
  } finally {
    await t.close();
  }
})();

interface Probe {
  url: string;
  payload?: string;
  contentType?: string;
  /** An exact status, where one is the only right answer. */
  status?: number;
  /** A field the problem must name. */
  field?: string;
}

type Maker = [name: string, make: (base: Prepared) => Probe];

const bodyLimit = 2048;
const json = (body: unknown) => (body === undefined ? undefined : JSON.stringify(body));
const wrongValue = (s: Schema | undefined) =>
  s?.type === 'string' || s?.enum ? 12345 : 'not-the-right-type';
const asObject = (body: unknown) => (body ?? {}) as Record<string, unknown>;

function withParam(op: Operation, url: string, param: string, value: string): string {
  const index = op.path.split('/').indexOf(`{${param}}`);
  const parts = url.split('/');
  parts[index] = value;
  return parts.join('/');
}

/** Everything wrong a client could send to one operation. */
function makersFor(op: Operation): Maker[] {
  const makers: Maker[] = [];
  const schema = op.body;
  if (schema) {
    makers.push([
      'malformed JSON',
      (b) => ({ url: b.url, payload: '{"broken": ', status: 400, field: 'body' }),
    ]);
    for (const [name, raw] of [
      ['an array body', '[]'],
      ['a string body', '"text"'],
      ['a number body', '42'],
    ] as const) {
      makers.push([name, (b) => ({ url: b.url, payload: raw })]);
    }
    makers.push([
      'an unknown field',
      (b) => ({
        url: b.url,
        payload: json({ ...asObject(b.body), unexpectedField: 'x' }),
        field: 'unexpectedField',
      }),
    ]);
    for (const field of schema.required ?? []) {
      makers.push([
        `a wrong type for ${field}`,
        (b) => ({
          url: b.url,
          payload: json({ ...asObject(b.body), [field]: wrongValue(schema.properties?.[field]) }),
          field,
        }),
      ]);
    }
    makers.push([
      'an oversized body',
      (b) => ({
        url: b.url,
        payload: json({ ...asObject(b.body), padding: 'x'.repeat(2 * bodyLimit) }),
        status: 413,
      }),
    ]);
    makers.push([
      'a text/plain body',
      (b) => ({ url: b.url, payload: json(b.body), contentType: 'text/plain' }),
    ]);
  }
  for (const param of op.pathParams) {
    makers.push([
      `${param} not a uuid`,
      (b) => ({ url: withParam(op, b.url, param, 'not-a-uuid'), payload: json(b.body) }),
    ]);
    makers.push([
      `${param} an unknown uuid`,
      (b) => ({ url: withParam(op, b.url, param, newId()), payload: json(b.body) }),
    ]);
  }
  // The start page opens whatever tracking parameters a shared link carries; every API operation is strict.
  if (op.path !== '/') {
    for (const query of ['unexpected=1', 'limit=-1', 'limit=abc', 'cursor=garbage']) {
      makers.push([`query ${query}`, (b) => ({ url: `${b.url}?${query}`, payload: json(b.body) })]);
    }
  }
  return makers;
}

/** A 4xx problem with a stable code, a human message and, for a bad request, the field at fault. */
function judge(name: string, probe: Probe, res: LightMyRequestResponse): string[] {
  const status = res.statusCode;
  const wrongStatus = probe.status ? status !== probe.status : status < 400 || status >= 500;
  const problems = wrongStatus ? [`${name}: ${status}${probe.status ? `, not ${probe.status}` : ''}`] : [];
  if (status < 400) return problems;
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) {
    return [...problems, `${name}: content-type ${res.headers['content-type']}`];
  }
  const body = res.json();
  if (typeof body.code !== 'string' || body.code === '') problems.push(`${name}: no code`);
  if (typeof body.detail !== 'string' || body.detail.trim() === '' || body.detail === body.code) {
    problems.push(`${name}: detail "${body.detail}" is not a message`);
  }
  if ([400, 413, 415, 422].includes(status) && !body.field)
    problems.push(`${name}: ${body.code} names no field`);
  const fields = [body.field, ...((body.errors ?? []) as { field: string }[]).map((e) => e.field)];
  if (probe.field && !fields.includes(probe.field)) {
    problems.push(
      `${name}: does not name ${probe.field} (names ${fields.filter(Boolean).join(', ') || 'nothing'})`,
    );
  }
  return problems;
}

describe.each(testDatabaseKinds())('malformed requests on $name', (kind) => {
  let w: World;
  let cursor = '0';

  beforeAll(async () => {
    w = await buildWorld(kind, { GROUNDWORK_BODY_LIMIT: String(bodyLimit) });
  });
  afterAll(() => w.t.close());

  /** The change feed's head as the admin sees it, read through sync pull. */
  async function feedHead(): Promise<string> {
    for (;;) {
      const res = await pull(cursor);
      cursor = res.nextCursor;
      if (!res.hasMore) return cursor;
    }
  }
  async function pull(since: string): Promise<{ changes: unknown[]; nextCursor: string; hasMore: boolean }> {
    const url = `/api/sync/pull?since=${since}&limit=2000`;
    const res = await w.t.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${w.users.admin.token}` },
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  it('is served a document with every route in it', async () => {
    const res = await w.t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(operationsOf(res.json()).length).toBeGreaterThanOrEqual(allRoutes.length);
    expect(served.length).toBeGreaterThanOrEqual(allRoutes.length);
  });

  it.each(served)('$key refuses what is malformed, with a problem, writing nothing', async (op) => {
    const prepare = { ...requests, ...outreachMatrix.requests }[op.key];
    expect(prepare, `no valid request for ${op.key}: add one to access/matrix-fixture.ts`).toBeDefined();
    const problems: string[] = [];
    for (const [name, make] of makersFor(op)) {
      const base = await prepare!(w, 'in', 'admin');
      const probe = make(base);
      const before = await rowCounts(w.t.database.db);
      const head = await feedHead();
      const res = await w.t.app.inject({
        method: op.method,
        url: probe.url,
        headers: {
          authorization: `Bearer ${base.token ?? w.users.admin.token}`,
          ...(probe.payload === undefined ? {} : { 'content-type': probe.contentType ?? 'application/json' }),
        },
        ...(probe.payload === undefined ? {} : { payload: probe.payload }),
      });
      problems.push(...judge(name, probe, res));
      const wrote = countDiff(before, await rowCounts(w.t.database.db));
      if (wrote.length > 0) problems.push(`${name}: wrote ${wrote.join(', ')}`);
      const fed = (await pull(head)).changes.length;
      if (fed > 0) problems.push(`${name}: ${fed} new changes in the feed`);
    }
    expect(problems).toEqual([]);
  });
});

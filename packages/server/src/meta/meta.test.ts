import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import { allRoutes } from '../http/routes.ts';
import { startTestApp, type TestApp } from '../testing/harness.ts';

describe.each(testDatabaseKinds())('health, OpenAPI and docs on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('reports health and which database it runs on', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: kind.name });
  });

  it('documents every route in OpenAPI 3.1, with request schemas from the validators', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const spec of allRoutes) {
      const path = spec.url.replace(/:([A-Za-z]+)/g, '{$1}');
      const operation = doc.paths[path]?.[spec.method.toLowerCase()];
      expect(operation, `${spec.method} ${spec.url}`).toBeDefined();
      expect(operation.responses['4XX']).toBeDefined();
      if (spec.body) {
        const body = operation.requestBody.content['application/json'].schema;
        // An object, or a choice of objects (a session is individual or group): `type` is on each choice.
        const choices = body.oneOf ?? body.anyOf ?? [body];
        for (const choice of choices) expect(choice.type, `${spec.method} ${spec.url}`).toBe('object');
      }
    }
    const create = doc.paths['/api/people'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['givenName', 'sex']));
    expect(create.additionalProperties).toBe(false);
    const list = doc.paths['/api/people'].get.parameters.map((p: { name: string }) => p.name);
    expect(list).toEqual(expect.arrayContaining(['limit', 'cursor', 'q', 'areaId', 'groupId']));
  });

  it('serves browsable docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger');
  });

  it('answers an unknown address with a problem in the reader’s language', async () => {
    const en = await t.app.inject({ method: 'GET', url: '/api/nowhere' });
    expect(en.statusCode).toBe(404);
    expect(en.headers['content-type']).toContain('application/problem+json');
    expect(en.json()).toMatchObject({ code: 'route.not_found', status: 404 });
    const fr = await t.app.inject({
      method: 'GET',
      url: '/api/nowhere',
      headers: { 'accept-language': 'fr-ML,fr;q=0.9' },
    });
    expect(fr.json().detail).not.toBe(en.json().detail);
  });

  it('shows the start page in Hindi for a Hindi reader', async () => {
    const en = await t.app.inject({ method: 'GET', url: '/' });
    const hi = await t.app.inject({ method: 'GET', url: '/', headers: { 'accept-language': 'hi-IN' } });
    expect(hi.statusCode).toBe(200);
    expect(hi.body).toContain('lang="hi"');
    expect(hi.body).toMatch(/[\u0900-\u097F]/);
    expect(en.body).not.toMatch(/[\u0900-\u097F]/);
  });
});

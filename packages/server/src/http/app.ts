import { timingSafeEqual } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  DomainError,
  isDomainError,
  isLocale,
  type Locale,
  localeFromAcceptLanguage,
} from '@groundwork/core';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { loadActor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { LoginLimiter } from '../auth/login-limiter.ts';
import { findSession, sessionCookie } from '../auth/sessions.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { validate } from '../shared/validate.ts';
import { buildOpenApi } from './openapi.ts';
import { fromFrameworkError, statusOf, toProblem } from './problem.ts';
import { type AnyRoute, isReply } from './route.ts';
import { allRoutes } from './routes.ts';
import { sendIndex, serveWebApp, webAppBuilt } from './web-app.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A route that takes no query or body refuses any it is sent, rather than silently ignoring it. */
const noInput = z.strictObject({});

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function requestLocale(request: FastifyRequest, userLocale?: string | null): Locale {
  if (userLocale && isLocale(userLocale)) return userLocale;
  return localeFromAcceptLanguage(request.headers['accept-language']) ?? 'en';
}

async function authenticate(ctx: AppContext, request: FastifyRequest) {
  const header = request.headers.authorization;
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const cookieToken = request.cookies[sessionCookie];
  const token = bearer ?? cookieToken;
  if (!token) throw new DomainError('auth.required');
  const found = await findSession(ctx.database.db, token);
  if (!bearer && !safeMethods.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameToken(sent, found.session.csrfToken)) {
      throw new DomainError('auth.csrf_failed');
    }
  }
  const actor = await loadActor(ctx.database.db, found.user);
  return { ...found, actor };
}

function register(app: FastifyInstance, ctx: AppContext, spec: AnyRoute): void {
  app.route({
    method: spec.method,
    url: spec.url,
    ...(spec.compress === false ? { compress: false } : {}),
    handler: async (request: FastifyRequest, replyTo: FastifyReply) => {
      const auth = spec.auth === false ? undefined : await authenticate(ctx, request);
      const locale = requestLocale(request, auth?.locale);
      request.locale = locale;
      const params = spec.params ? validate(spec.params, request.params, 'path') : undefined;
      const query = validate(spec.query ?? noInput, request.query ?? {}, 'query');
      if (!spec.body && request.body !== undefined && request.body !== null) validate(noInput, request.body);
      if (spec.body && request.body === undefined) {
        throw new DomainError('request.invalid', {
          field: 'body',
          issues: [{ field: 'body', reason: 'required' }],
        });
      }
      const body = spec.body ? validate(spec.body, request.body) : undefined;
      const base = { params, query, body, app: ctx, locale, raw: request, reply: replyTo };
      const result = await spec.handler(
        // biome-ignore lint/suspicious/noExplicitAny: the spec decides the request's shape
        (auth ? { ...base, actor: auth.actor, session: auth.session } : base) as any,
      );
      if (isReply(result)) return replyTo.code(result.status).send(result.body);
      return result;
    },
  });
}

export interface BuildOptions {
  database: Database;
  config: Config;
  logger?: boolean | object;
}

declare module 'fastify' {
  interface FastifyRequest {
    locale?: Locale;
  }
}

/** The whole HTTP API: every route, one error mapping, OpenAPI and its browsable docs. */
export async function buildApp(options: BuildOptions): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 200 },
  });
  const ctx: AppContext = {
    database,
    config,
    loginLimiter: new LoginLimiter(config.loginAttemptsPerUsername, config.loginAttemptsPerIp),
    log: app.log,
  };

  // JSON only: a text/plain body is refused with 415 rather than read as a string.
  app.removeContentTypeParser('text/plain');
  // Phones on 2G pay for every byte: pulls, pages and scripts go gzip when the client accepts it. Gzip
  // only, and not the push's short answers: compressing them (brotli) took 40% of a meeting push's time.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['gzip'] });
  await app.register(cookie);
  const document = buildOpenApi(allRoutes);
  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.setErrorHandler((error, request, replyTo) => {
    const domain = isDomainError(error) ? error : fromFrameworkError(error as { code?: string });
    const locale = request.locale ?? requestLocale(request);
    if (!domain) {
      request.log.error({ err: error }, 'unexpected error');
      return replyTo
        .code(500)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal' });
    }
    const problem = toProblem(domain, locale);
    if (domain.code === 'auth.rate_limited')
      replyTo.header('retry-after', String(domain.params.seconds ?? 60));
    return replyTo.code(statusOf(domain)).type('application/problem+json').send(problem);
  });

  if (webAppBuilt(config.webDir)) ctx.webIndex = await serveWebApp(app, config.webDir);

  app.setNotFoundHandler((request, replyTo) => {
    const html = ctx.webIndex && request.method === 'GET' && !request.url.startsWith('/api/');
    if (html && request.headers.accept?.includes('text/html')) return sendIndex(replyTo, ctx.webIndex!());
    const problem = toProblem(new DomainError('route.not_found'), requestLocale(request));
    return replyTo.code(404).type('application/problem+json').send(problem);
  });

  app.get('/api/openapi.json', async () => document);
  for (const spec of allRoutes) register(app, ctx, spec);
  return { app, ctx };
}

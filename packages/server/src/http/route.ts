import type { Actor, Locale } from '@groundwork/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import type { Session } from '../auth/sessions.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteRequest<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  app: AppContext;
  locale: Locale;
  raw: FastifyRequest;
  reply: FastifyReply;
}

export interface AuthedRequest<P, Q, B> extends RouteRequest<P, Q, B> {
  actor: Actor;
  session: Session;
}

export interface Reply {
  status: number;
  body: unknown;
}

interface BaseSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** What a successful answer looks like, for the OpenAPI document. */
  response?: z.ZodType;
  /** Set false for small, frequent answers, where compressing costs more time than it saves bytes. */
  compress?: false;
}

export interface PublicRouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>
  extends BaseSpec<P, Q, B> {
  auth: false;
  handler(req: RouteRequest<z.output<P>, z.output<Q>, z.output<B>>): Promise<Reply | unknown>;
}

export interface AuthedRouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>
  extends BaseSpec<P, Q, B> {
  auth?: true;
  handler(req: AuthedRequest<z.output<P>, z.output<Q>, z.output<B>>): Promise<Reply | unknown>;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds routes of every shape
export type AnyRoute = PublicRouteSpec<any, any, any> | AuthedRouteSpec<any, any, any>;

export function route<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
>(spec: AuthedRouteSpec<P, Q, B> | PublicRouteSpec<P, Q, B>): AnyRoute {
  return spec as AnyRoute;
}

export function reply(status: number, body: unknown): Reply {
  return { status, body, [replyMarker]: true } as Reply;
}

const replyMarker = Symbol('reply');

export function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && replyMarker in value;
}

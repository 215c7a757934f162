import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Built files with a content hash in their name never change; everything else is checked on each load. */
const hashed = /\/assets\//;

export function webAppBuilt(webDir: string): boolean {
  return existsSync(join(webDir, 'index.html'));
}

/**
 * Serves the field app from its build: the files as they are, and index.html for any other page
 * address outside /api, so that a reload on /groups/… opens the app there. The service worker and the
 * page itself are never cached by the browser's HTTP cache, so an update reaches phones on next open.
 */
export async function serveWebApp(app: FastifyInstance, webDir: string): Promise<() => string> {
  const indexFile = join(webDir, 'index.html');
  let index: string | undefined;
  const indexHtml = () => {
    index ??= readFileSync(indexFile, 'utf8');
    return index;
  };
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    setHeaders(reply, path) {
      reply.header(
        'cache-control',
        hashed.test(path.replaceAll('\\', '/')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return indexHtml;
}

export function sendIndex(reply: FastifyReply, html: string): FastifyReply {
  return reply.code(200).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
}

import { translate } from '@groundwork/core';
import { sql } from 'kysely';
import { z } from 'zod';
import { reply, route } from '../http/route.ts';
import { sendIndex } from '../http/web-app.ts';

const health = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) });

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export const metaRoutes = [
  route({
    method: 'GET',
    url: '/api/health',
    summary: 'Is the server up, and on which database',
    tag: 'meta',
    auth: false,
    response: health,
    async handler(req) {
      await sql`SELECT 1`.execute(req.app.database.db);
      return { status: 'ok', database: req.app.database.dialect };
    },
  }),
  route({
    method: 'GET',
    url: '/',
    summary: 'The field app; before it is built, a start page in the reader’s language',
    tag: 'meta',
    auth: false,
    async handler(req) {
      if (req.app.webIndex) return sendIndex(req.reply, req.app.webIndex());
      const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
        escapeHtml(translate(req.locale, key, params));
      req.reply.type('text/html; charset=utf-8');
      return reply(
        200,
        `<!doctype html><html lang="${req.locale}"><head><meta charset="utf-8">` +
          `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('page.home.title')}</title>` +
          `<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;font-size:1.2rem}a{display:inline-block;padding:.75rem 0}</style>` +
          `</head><body><h1>${t('page.home.title')}</h1><p>${t('page.home.tagline')}</p>` +
          `<p>${t('page.home.api', { status: 'ok', database: req.app.database.dialect })}</p>` +
          `<p><a href="/api/docs">${t('page.home.docs')}</a></p></body></html>`,
      );
    },
  }),
];

import { z } from 'zod';
import type { AuthedRequest } from '../../http/route.ts';
import { reply } from '../../http/route.ts';
import { toCsv } from './csv.ts';
import { type ReportDocument, type Translate, translator } from './document.ts';
import { toHtml } from './html.ts';

export const reportFormats = ['json', 'csv', 'html'] as const;
export const formatQuery = z.enum(reportFormats).default('json');
export type ReportFormat = (typeof reportFormats)[number];

/**
 * Answers a report in the format asked for: its data as JSON (amounts in minor units with the currency),
 * a CSV file to download, or a page to print, both in the reader's language.
 */
export function respond<T>(
  req: AuthedRequest<unknown, unknown, unknown>,
  format: ReportFormat,
  data: T,
  document: (data: T, t: Translate) => ReportDocument,
) {
  if (format === 'json') return data;
  const t = translator(req.locale);
  const doc = document(data, t);
  if (format === 'csv') {
    req.reply.type('text/csv; charset=utf-8');
    req.reply.header('content-disposition', `attachment; filename="${doc.file}.csv"`);
    return reply(200, toCsv(doc, t));
  }
  req.reply.type('text/html; charset=utf-8');
  return reply(200, toHtml(doc, t, req.locale));
}

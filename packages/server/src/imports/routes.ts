import { type Action, DomainError, isScoped, type Locale, translate } from '@groundwork/core';
import { z } from 'zod';
import type { CsvKind } from '../cli/csv-kind.ts';
import { groupsCsv } from '../cli/groups-csv.ts';
import { peopleCsv } from '../cli/people-csv.ts';
import { todayIn } from '../finance/today.ts';
import { ensure } from '../http/ensure.ts';
import { type AnyRoute, reply, route } from '../http/route.ts';
import { deviceOf } from '../http/run-command.ts';
import { loadOrganisation } from '../orgs/organisations.ts';
import { exportText } from './export-csv.ts';
import { groupGrades } from './group-grades.ts';
import { type ImportReport, importRows } from './import-rows.ts';

/** What may be imported and exported, with the right each needs: the same as the command each row becomes. */
const kinds: { name: 'people' | 'groups'; kind: CsvKind<unknown>; write: Action; read: Action }[] = [
  { name: 'people', kind: peopleCsv as CsvKind<unknown>, write: 'person.write', read: 'person.read' },
  { name: 'groups', kind: groupsCsv as CsvKind<unknown>, write: 'group.write', read: 'group.read' },
];

const importBody = z.strictObject({
  csv: z.string().max(5_000_000),
  dryRun: z.boolean().default(false),
  /** The file's name, for the messages about the file as a whole. */
  file: z.string().trim().min(1).max(200).optional(),
});

/** A refused import: a problem (422) that carries the row-level report. */
function refusal(report: ImportReport, locale: Locale) {
  const rows = new Set(report.errors.map((e) => e.row)).size;
  const code = report.errors.some((e) => e.row === 1) ? 'import.file_invalid' : 'import.rows_invalid';
  return reply(422, {
    type: `urn:groundwork:problem:${code}`,
    title: code,
    status: 422,
    code,
    detail: translate(locale, 'cli.import.rows_invalid', { rows }),
    ...report,
  });
}

const importRoutes = kinds.map(({ name, kind, write }) =>
  route({
    method: 'POST',
    url: `/api/imports/${name}`,
    summary: `Imports ${name} from CSV (the CLI’s columns), all or nothing; answers every bad cell by row and column`,
    tag: 'imports',
    body: importBody,
    async handler(req) {
      ensure(req, write, {});
      const report = await importRows(kind, {
        database: req.app.database,
        actor: req.actor,
        deviceId: deviceOf(req),
        locale: req.locale,
        csv: req.body.csv,
        file: req.body.file ?? `${name}.csv`,
        dryRun: req.body.dryRun,
      });
      if (report.errors.length > 0) return refusal(report, req.locale);
      return reply(report.applied > 0 && !report.dryRun ? 201 : 200, report);
    },
  }),
);

/** A whole-organisation file: roles that see only some areas or groups export nothing. */
const exportRoutes = kinds.map(({ name, kind, read }) =>
  route({
    method: 'GET',
    url: `/api/exports/${name}.csv`,
    summary: `The organisation’s ${name} as CSV in the import’s columns, so the file re-imports`,
    tag: 'imports',
    async handler(req) {
      ensure(req, read, {});
      if (isScoped(req.actor)) throw new DomainError('access.denied');
      const text = await exportText(kind, req.app.database, req.actor.orgId);
      req.reply.type('text/csv; charset=utf-8');
      req.reply.header('content-disposition', `attachment; filename="${name}.csv"`);
      return reply(200, text);
    },
  }),
);

const gradesRoute = route({
  method: 'GET',
  url: '/api/finance/groups',
  summary: 'The Panchasutra grade of each active group in your scope with books, for the month so far',
  tag: 'finance',
  async handler(req) {
    ensure(req, 'finance.read', {});
    const db = req.app.database.db;
    const org = await loadOrganisation(db, req.actor.orgId);
    const today = todayIn(org.timeZone);
    return { asOf: today, items: await groupGrades(db, req.actor, today) };
  },
});

export const importExportRoutes: AnyRoute[] = [...importRoutes, ...exportRoutes, gradesRoute];

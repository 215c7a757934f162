import { stringify } from 'csv-stringify/sync';
import { type CsvKind, currencyOf } from '../cli/csv-kind.ts';
import type { Database } from '../db/database.ts';
import { loadOrganisation } from '../orgs/organisations.ts';

/** The organisation's records in the import's own columns, as the CLI's export writes them, so the file re-imports. */
export async function exportText<P>(kind: CsvKind<P>, database: Database, orgId: string): Promise<string> {
  const org = await loadOrganisation(database.db, orgId);
  const columns = kind.columns.map(([name]) => name);
  const parts = [stringify([columns])];
  for await (const page of kind.pages(database, org, currencyOf(org)))
    parts.push(stringify(page, { columns }));
  return parts.join('');
}

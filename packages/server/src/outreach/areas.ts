import { type Kysely, sql } from 'kysely';
import type { Tables } from '../db/schema.ts';

/** The area and every area beneath it; empty when the organisation has no such area. */
export async function areaAndBelow(db: Kysely<Tables>, orgId: string, areaId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    WITH RECURSIVE below(id) AS (
      SELECT id FROM areas WHERE org_id = ${orgId} AND id = ${areaId}
      UNION
      SELECT a.id FROM areas a JOIN below b ON a.parent_id = b.id WHERE a.org_id = ${orgId}
    )
    SELECT id FROM below`.execute(db);
  return rows.map((r) => r.id);
}

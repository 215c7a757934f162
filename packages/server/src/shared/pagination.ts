import { DomainError } from '@groundwork/core';
import { z } from 'zod';

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
};

/** Cursors are opaque to clients: the last id of the page, base64url-encoded. */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = z
      .object({ after: z.string().min(1).max(100) })
      .parse(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
    return parsed.after;
  } catch {
    throw new DomainError('request.bad_cursor', { field: 'cursor' });
  }
}

/** Turns limit+1 fetched rows into a page and the cursor of the next one. */
export function page<T extends { id: string }>(
  rows: T[],
  limit: number,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}

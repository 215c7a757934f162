import { api } from '../api/client.ts';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every page of a list, following the cursor (the server gives at most 500 a page). */
export async function allPages<T>(
  path: string,
  params: Record<string, string | undefined> = {},
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '500' });
    for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
    if (cursor) query.set('cursor', cursor);
    const page: Page<T> = await api<Page<T>>(`${path}?${query}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

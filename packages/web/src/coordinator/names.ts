import type { AreaItem } from './groups-table.ts';
import { allPages } from './paged.ts';

export interface Named {
  id: string;
  name: string;
}

export interface Names {
  areas: Named[];
  groups: Named[];
}

/** The areas and groups in the reader's scope, to name them in lists and offer them in forms. */
export async function loadNames(): Promise<Names> {
  const [areas, groups] = await Promise.all([
    allPages<AreaItem>('/api/areas'),
    allPages<Named>('/api/groups'),
  ]);
  const byName = (a: Named, b: Named) => a.name.localeCompare(b.name);
  return {
    areas: areas.map(({ id, name }) => ({ id, name })).sort(byName),
    groups: groups.map(({ id, name }) => ({ id, name })).sort(byName),
  };
}

export function nameMap(items: Named[]): Map<string, string> {
  return new Map(items.map((i) => [i.id, i.name]));
}

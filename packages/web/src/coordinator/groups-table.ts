export type Grade = 'A' | 'B' | 'C';

export interface GroupItem {
  id: string;
  name: string;
  kind: string;
  status: string;
  areaId: string | null;
  memberCount: number;
}

export interface AreaItem {
  id: string;
  name: string;
}

export interface GroupGrade {
  groupId: string;
  grade: Grade;
}

export interface GroupRow extends GroupItem {
  /** This month's grade; none for a group without books, or not active. */
  grade: Grade | null;
  areaName: string;
}

export interface GroupFilters {
  q: string;
  kind: string;
  grade: string;
  areaId: string;
  status: string;
}

export const noFilters: GroupFilters = { q: '', kind: '', grade: '', areaId: '', status: '' };

/** Each group with its grade and the name of its area, by name. */
export function joinGroups(groups: GroupItem[], grades: GroupGrade[], areas: AreaItem[]): GroupRow[] {
  const gradeOf = new Map(grades.map((g) => [g.groupId, g.grade]));
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  return groups
    .map((g) => ({
      ...g,
      grade: gradeOf.get(g.id) ?? null,
      areaName: g.areaId ? (areaName.get(g.areaId) ?? '') : '',
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The rows every filter lets through; the search matches any part of the name, in any case. */
export function filterGroups(rows: GroupRow[], f: GroupFilters): GroupRow[] {
  const q = f.q.trim().toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (!q || r.name.toLocaleLowerCase().includes(q)) &&
      (!f.kind || r.kind === f.kind) &&
      (!f.status || r.status === f.status) &&
      (!f.areaId || r.areaId === f.areaId) &&
      (!f.grade || (f.grade === 'none' ? r.grade === null : r.grade === f.grade)),
  );
}

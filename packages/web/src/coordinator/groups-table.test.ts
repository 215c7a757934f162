import { describe, expect, it } from 'vitest';
import { filterGroups, joinGroups, noFilters } from './groups-table.ts';

const groups = [
  { id: 'g1', name: 'Savitri SHG', kind: 'shg', status: 'active', areaId: 'a1', memberCount: 12 },
  { id: 'g2', name: 'Jijau SHG', kind: 'shg', status: 'dormant', areaId: 'a2', memberCount: 10 },
  {
    id: 'g3',
    name: 'Health committee',
    kind: 'health_committee',
    status: 'active',
    areaId: null,
    memberCount: 5,
  },
];
const rows = joinGroups(
  groups,
  [{ groupId: 'g1', grade: 'A' }],
  [
    { id: 'a1', name: 'Pimpalgaon' },
    { id: 'a2', name: 'Dindori' },
  ],
);

describe('the groups table', () => {
  it('joins each group to its grade and area, by name', () => {
    expect(rows.map((r) => [r.name, r.grade, r.areaName])).toEqual([
      ['Health committee', null, ''],
      ['Jijau SHG', null, 'Dindori'],
      ['Savitri SHG', 'A', 'Pimpalgaon'],
    ]);
  });

  it('filters by every field and searches in the name', () => {
    const ids = (f: Partial<typeof noFilters>) => filterGroups(rows, { ...noFilters, ...f }).map((r) => r.id);
    expect(ids({})).toEqual(['g3', 'g2', 'g1']);
    expect(ids({ q: ' shg' })).toEqual(['g2', 'g1']);
    expect(ids({ q: 'SAVI' })).toEqual(['g1']);
    expect(ids({ kind: 'health_committee' })).toEqual(['g3']);
    expect(ids({ status: 'dormant' })).toEqual(['g2']);
    expect(ids({ areaId: 'a1' })).toEqual(['g1']);
    expect(ids({ grade: 'A' })).toEqual(['g1']);
    expect(ids({ grade: 'none' })).toEqual(['g3', 'g2']);
  });
});

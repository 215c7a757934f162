import type { DriveView } from '@groundwork/core';
import { describe, expect, it } from 'vitest';
import { areaOptions, chooseArea, chooseDrive, defaultPlace, placeQuery } from './place.ts';

const areas = [
  { id: 'w2', name: 'Ward 2', parentId: 'd' },
  { id: 'd', name: 'Dharavi', parentId: null },
  { id: 'w1', name: 'Ward 1', parentId: 'd' },
  { id: 'v', name: 'Village', parentId: 'hidden' },
  { id: 'a', name: 'Andheri', parentId: null },
];

const drive = (id: string, areaId: string) =>
  ({
    id,
    name: id,
    startsOn: '2026-03-01',
    endsOn: '2026-03-10',
    sites: [],
    target: { areaId, minAge: null, maxAge: null, sex: null },
    createdAt: '2026-02-01T00:00:00Z',
  }) satisfies DriveView;
const drives = [drive('march', 'w1'), drive('april', 'd')];

describe('the place picker', () => {
  it('lists each area beneath its parent; one whose parent is out of sight starts a tree', () => {
    expect(areaOptions(areas).map((a) => [a.name, a.depth])).toEqual([
      ['Andheri', 0],
      ['Dharavi', 0],
      ['Ward 1', 1],
      ['Ward 2', 1],
      ['Village', 0],
    ]);
  });

  it('starts with the first top area and no drive', () => {
    expect(defaultPlace(areas)).toEqual({ areaId: 'a', driveId: '' });
    expect(defaultPlace([])).toEqual({ areaId: '', driveId: '' });
  });

  it('shows a drive in its target area, and drops it for another area', () => {
    const onDrive = chooseDrive({ areaId: 'a', driveId: '' }, 'march', drives);
    expect(onDrive).toEqual({ areaId: 'w1', driveId: 'march' });
    expect(chooseArea(onDrive, 'w1', drives)).toEqual(onDrive);
    expect(chooseArea(onDrive, 'd', drives)).toEqual({ areaId: 'd', driveId: '' });
    expect(chooseDrive(onDrive, '', drives)).toEqual({ areaId: 'w1', driveId: '' });
  });

  it('asks the server about the drive when there is one, else the area', () => {
    expect(placeQuery({ areaId: 'w1', driveId: 'march' })).toBe('driveId=march');
    expect(placeQuery({ areaId: 'w1', driveId: '' })).toBe('areaId=w1');
  });
});

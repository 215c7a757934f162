import { describe, expect, it } from 'vitest';
import { checkDrive, driveRunsOn } from './drive.ts';

const drive = {
  startsOn: '2026-03-01',
  endsOn: '2026-03-31',
  sites: [{ name: 'School' }, { name: 'Temple hall' }],
  target: { areaId: 'a1', minAge: 18 },
};

describe('drives', () => {
  it('accepts a drive of one day or more with distinct sites', () => {
    expect(() => checkDrive(drive)).not.toThrow();
    expect(() => checkDrive({ ...drive, endsOn: drive.startsOn })).not.toThrow();
  });

  it('refuses one that ends before it starts, an upside-down age range, or a site twice', () => {
    expect(() => checkDrive({ ...drive, endsOn: '2026-02-28' })).toThrow(
      expect.objectContaining({ code: 'drive.ends_before_start', field: 'endsOn' }),
    );
    expect(() => checkDrive({ ...drive, target: { areaId: 'a1', minAge: 60, maxAge: 18 } })).toThrow(
      expect.objectContaining({ code: 'drive.age_range', field: 'target.maxAge' }),
    );
    expect(() => checkDrive({ ...drive, sites: [{ name: 'School' }, { name: 'school' }] })).toThrow(
      expect.objectContaining({ code: 'drive.site_repeated', field: 'sites.1' }),
    );
  });

  it('runs from its first day to its last, both included', () => {
    expect(driveRunsOn(drive, '2026-02-28')).toBe(false);
    expect(driveRunsOn(drive, '2026-03-01')).toBe(true);
    expect(driveRunsOn(drive, '2026-03-31')).toBe(true);
    expect(driveRunsOn(drive, '2026-04-01')).toBe(false);
  });
});

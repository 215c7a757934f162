import { DomainError } from '../../errors/domain-error.ts';
import type { DriveCreate } from './schemas.ts';

/** Refuses a drive that ends before it starts, an age range upside down, or a site listed twice. */
export function checkDrive(drive: Pick<DriveCreate, 'startsOn' | 'endsOn' | 'sites' | 'target'>): void {
  if (drive.endsOn < drive.startsOn) {
    throw new DomainError('drive.ends_before_start', {
      field: 'endsOn',
      params: { startsOn: drive.startsOn },
    });
  }
  const { minAge, maxAge } = drive.target;
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
    throw new DomainError('drive.age_range', { field: 'target.maxAge', params: { minAge, maxAge } });
  }
  const seen = new Set<string>();
  for (const [i, site] of drive.sites.entries()) {
    const key = site.id ?? `name:${site.name.toLowerCase()}`;
    if (seen.has(key)) {
      throw new DomainError('drive.site_repeated', { field: `sites.${i}`, params: { name: site.name } });
    }
    seen.add(key);
  }
}

/** A drive runs from its first day to its last, both included. */
export const driveRunsOn = (drive: { startsOn: string; endsOn: string }, date: string): boolean =>
  drive.startsOn <= date && date <= drive.endsOn;

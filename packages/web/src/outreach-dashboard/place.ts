import type { DriveView } from '@groundwork/core';

export interface AreaOption {
  id: string;
  name: string;
  parentId: string | null;
}

/** What the screen is about: an area's people, or a drive's target when a drive is chosen. */
export interface Place {
  areaId: string;
  driveId: string;
}

/**
 * The areas as a picker lists them: each under its parent, indented by its depth, siblings by name, so a
 * ward sits beneath its district. An area whose parent the reader cannot see starts a tree of its own.
 */
export function areaOptions(
  areas: readonly AreaOption[],
  locale?: string,
): { id: string; name: string; depth: number }[] {
  const known = new Set(areas.map((a) => a.id));
  const children = new Map<string | null, AreaOption[]>();
  for (const a of areas) {
    const parent = a.parentId && known.has(a.parentId) ? a.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), a]);
  }
  const out: { id: string; name: string; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    const kids = [...(children.get(parent) ?? [])].sort((x, y) => x.name.localeCompare(y.name, locale));
    for (const a of kids) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      out.push({ id: a.id, name: a.name, depth });
      walk(a.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The place first shown: the first area at the top of the reader's trees, and no drive. */
export function defaultPlace(areas: readonly AreaOption[]): Place {
  return { areaId: areaOptions(areas)[0]?.id ?? '', driveId: '' };
}

/** Choosing a drive shows its target area; choosing another area lets go of a drive elsewhere. */
export function chooseDrive(place: Place, driveId: string, drives: readonly DriveView[]): Place {
  const drive = drives.find((d) => d.id === driveId);
  return drive ? { areaId: drive.target.areaId, driveId } : { ...place, driveId: '' };
}

export function chooseArea(place: Place, areaId: string, drives: readonly DriveView[]): Place {
  const drive = drives.find((d) => d.id === place.driveId);
  return { areaId, driveId: drive && drive.target.areaId === areaId ? place.driveId : '' };
}

/** The query naming the place for the coverage report and the dose exports. */
export function placeQuery(place: Place): string {
  return new URLSearchParams(
    place.driveId ? { driveId: place.driveId } : { areaId: place.areaId },
  ).toString();
}

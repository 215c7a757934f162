import type { DoseView, DriveView, VaccineView } from '@groundwork/core';
import type { DosesTable, DriveSitesTable, DrivesTable, VaccinesTable } from './tables.ts';

/** The records as the API returns them and the change feed carries them to the field app. */
export function toVaccineView(row: VaccinesTable): VaccineView {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    dosesInSeries: Number(row.doses_in_series),
    minIntervalDays: Number(row.min_interval_days),
    createdAt: row.created_at,
  };
}

export function toDriveView(row: DrivesTable, sites: readonly DriveSitesTable[]): DriveView {
  return {
    id: row.id,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    sites: [...sites]
      .sort((a, b) => Number(a.position) - Number(b.position))
      .map((s) => ({ id: s.id, name: s.name })),
    target: {
      areaId: row.target_area_id,
      minAge: row.target_min_age === null ? null : Number(row.target_min_age),
      maxAge: row.target_max_age === null ? null : Number(row.target_max_age),
      sex: row.target_sex,
    },
    createdAt: row.created_at,
  };
}

export function toDoseView(row: DosesTable): DoseView {
  return {
    id: row.id,
    personId: row.person_id,
    vaccineId: row.vaccine_id,
    doseNumber: Number(row.dose_number),
    givenOn: row.given_on,
    driveId: row.drive_id,
    site: row.site,
    lotNumber: row.lot_number,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
  };
}

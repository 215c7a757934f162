import type { Actor } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import type { ReportDocument, Translate } from '../../finance/reports/document.ts';
import { oneTableDocument } from '../documents.ts';
import { sexLabel } from './labels.ts';
import { type Place, type PlaceQuery, resolvePlace } from './population.ts';

/** A dose with what an export says about it: the person, the vaccine, the drive and site by name. */
export interface ExportedDose {
  id: string;
  personId: string;
  givenName: string;
  familyName: string | null;
  sex: string;
  birthDate: string | null;
  birthYear: number | null;
  vaccineId: string;
  vaccineCode: string;
  vaccineName: string;
  dosesInSeries: number;
  doseNumber: number;
  givenOn: string;
  driveName: string | null;
  siteName: string | null;
  lotNumber: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface DoseExport {
  place: Place;
  doses: ExportedDose[];
}

/**
 * The doses that count of a drive (those given in it) or of an area (those of the people living in it
 * or beneath it), for a scoped worker only those of people in her areas; in the order they were given.
 */
export async function exportDoses(db: Kysely<Tables>, actor: Actor, query: PlaceQuery): Promise<DoseExport> {
  const place = await resolvePlace(db, actor, query);
  let q = db
    .selectFrom('doses as d')
    .innerJoin('people as p', (j) => j.onRef('p.org_id', '=', 'd.org_id').onRef('p.id', '=', 'd.person_id'))
    .innerJoin('vaccines as v', (j) =>
      j.onRef('v.org_id', '=', 'd.org_id').onRef('v.id', '=', 'd.vaccine_id'),
    )
    .leftJoin('drives as r', (j) => j.onRef('r.org_id', '=', 'd.org_id').onRef('r.id', '=', 'd.drive_id'))
    .leftJoin('drive_sites as s', (j) => j.onRef('s.org_id', '=', 'd.org_id').onRef('s.id', '=', 'd.site'))
    .leftJoin('users as u', (j) => j.onRef('u.org_id', '=', 'd.org_id').onRef('u.id', '=', 'd.recorded_by'))
    .select([
      'd.id',
      'd.person_id',
      'p.given_name',
      'p.family_name',
      'p.sex',
      'p.birth_date',
      'p.birth_year',
      'd.vaccine_id',
      'v.code',
      'v.name as vaccine_name',
      'v.doses_in_series',
      'd.dose_number',
      'd.given_on',
      'r.name as drive_name',
      's.name as site_name',
      'd.lot_number',
      'd.recorded_by',
      'u.username',
      'd.recorded_at',
    ])
    .where('d.org_id', '=', actor.orgId)
    .where('d.voided_at', 'is', null);
  if (place.drive) {
    q = q.where('d.drive_id', '=', place.drive.id);
    if (place.scopeAreaIds) q = q.where('p.area_id', 'in', place.scopeAreaIds);
  } else {
    q = q.where('p.area_id', 'in', place.areaIds);
  }
  const rows = await q.orderBy('d.given_on').orderBy('d.id').execute();
  return {
    place,
    doses: rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      givenName: r.given_name,
      familyName: r.family_name,
      sex: r.sex,
      birthDate: r.birth_date,
      birthYear: r.birth_year === null ? null : Number(r.birth_year),
      vaccineId: r.vaccine_id,
      vaccineCode: r.code,
      vaccineName: r.vaccine_name,
      dosesInSeries: Number(r.doses_in_series),
      doseNumber: Number(r.dose_number),
      givenOn: r.given_on,
      driveName: r.drive_name,
      siteName: r.site_name,
      lotNumber: r.lot_number,
      recordedBy: r.username ?? r.recorded_by,
      recordedAt: r.recorded_at,
    })),
  };
}

const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60);

/** The dose list as a table, one row per dose, for a spreadsheet or a page. */
export function dosesDocument(data: DoseExport, t: Translate): ReportDocument {
  const name = data.place.drive ? data.place.drive.name : data.place.area.name;
  return oneTableDocument({
    file: `doses_${fileSafe(name)}`,
    title: 'vaccination.doses.title',
    subject: name,
    subjectLabel: data.place.drive ? 'vaccination.coverage.fact.drive' : 'vaccination.coverage.fact.area',
    columns: [
      { key: 'id', label: 'vaccination.doses.column.dose', type: 'text' },
      { key: 'personId', label: 'vaccination.doses.column.person_id', type: 'text' },
      { key: 'person', label: 'vaccination.doses.column.person', type: 'text' },
      { key: 'sex', label: 'vaccination.coverage.column.sex', type: 'text' },
      { key: 'birthDate', label: 'vaccination.doses.column.birth_date', type: 'date' },
      { key: 'birthYear', label: 'vaccination.doses.column.birth_year', type: 'text' },
      { key: 'vaccineCode', label: 'vaccination.doses.column.vaccine_code', type: 'text' },
      { key: 'vaccine', label: 'vaccination.doses.column.vaccine', type: 'text' },
      { key: 'doseNumber', label: 'vaccination.doses.column.dose_number', type: 'count' },
      { key: 'givenOn', label: 'vaccination.doses.column.given_on', type: 'date' },
      { key: 'drive', label: 'vaccination.doses.column.drive', type: 'text' },
      { key: 'site', label: 'vaccination.doses.column.site', type: 'text' },
      { key: 'lotNumber', label: 'vaccination.doses.column.lot_number', type: 'text' },
      { key: 'recordedBy', label: 'vaccination.doses.column.recorded_by', type: 'text' },
      { key: 'recordedAt', label: 'vaccination.doses.column.recorded_at', type: 'text' },
    ],
    rows: data.doses.map((d) => ({
      id: d.id,
      personId: d.personId,
      person: [d.givenName, d.familyName].filter(Boolean).join(' '),
      sex: sexLabel(t, d.sex),
      birthDate: d.birthDate,
      birthYear: d.birthYear === null ? null : String(d.birthYear),
      vaccineCode: d.vaccineCode,
      vaccine: d.vaccineName,
      doseNumber: d.doseNumber,
      givenOn: d.givenOn,
      drive: d.driveName,
      site: d.siteName,
      lotNumber: d.lotNumber,
      recordedBy: d.recordedBy,
      recordedAt: d.recordedAt,
    })),
    empty: t('vaccination.doses.empty'),
  });
}

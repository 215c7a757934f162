import {
  checkDose,
  DomainError,
  type DoseView,
  type DriveView,
  driveRunsOn,
  type VaccineView,
  vaccinationRecord,
} from '@groundwork/core';
import type { WebKey } from '../../i18n/i18n.ts';
import type { OutreachPerson } from '../people.ts';
import { broken, type Checked, schemaErrors } from '../rules.ts';

export interface DoseValues {
  vaccineId: string;
  doseNumber: string;
  givenOn: string;
  driveId: string;
  site: string;
  lotNumber: string;
}

export type DoseField = keyof DoseValues;

/** The dose she should have next of a vaccine: the first of the series not yet recorded. */
export function nextDoseNumber(
  vaccine: Pick<VaccineView, 'id' | 'dosesInSeries'>,
  doses: readonly DoseView[],
): number {
  const given = new Set(doses.filter((d) => d.vaccineId === vaccine.id).map((d) => d.doseNumber));
  for (let n = 1; n <= vaccine.dosesInSeries; n++) if (!given.has(n)) return n;
  return vaccine.dosesInSeries + 1;
}

/** Drives running on a day: the only ones a dose given that day can belong to. */
export const drivesOn = (drives: readonly DriveView[], date: string): DriveView[] =>
  drives.filter((d) => driveRunsOn(d, date));

/**
 * The form as it opens: the vaccine asked for (from a task) or the only one there is, the next dose
 * number of it, today's date, and the drive running today when there is exactly one.
 */
export function initialDose(
  vaccines: readonly VaccineView[],
  drives: readonly DriveView[],
  doses: readonly DoseView[],
  asked: { vaccine?: string; dose?: string },
  today: string,
): DoseValues {
  const vaccine =
    vaccines.find((v) => v.id === asked.vaccine) ?? (vaccines.length === 1 ? vaccines[0] : undefined);
  const running = drivesOn(drives, today);
  const drive = running.length === 1 ? running[0] : undefined;
  const doseNumber =
    asked.dose && /^\d+$/.test(asked.dose)
      ? asked.dose
      : vaccine
        ? String(nextDoseNumber(vaccine, doses))
        : '';
  return {
    vaccineId: vaccine?.id ?? '',
    doseNumber,
    givenOn: today,
    driveId: drive?.id ?? '',
    site: drive?.sites.length === 1 ? drive.sites[0]!.id : '',
    lotNumber: '',
  };
}

export interface DoseContext {
  id: string;
  today: string;
  person: OutreachPerson;
  vaccines: readonly VaccineView[];
  drives: readonly DriveView[];
  /** Her doses that count (none voided), pending ones included. */
  doses: readonly DoseView[];
}

export type CheckedDose = Checked<DoseField>;

const messages: Record<DoseField, WebKey> = {
  vaccineId: 'outreach.dose.error.vaccine',
  doseNumber: 'outreach.dose.error.dose_number',
  givenOn: 'outreach.dose.error.given_on',
  driveId: 'outreach.dose.error.drive',
  site: 'outreach.dose.error.site',
  lotNumber: 'outreach.dose.error.lot',
};

/** The drive and site rules, as the server words them (`dose.drive_not_running`, `dose.site_not_in_drive`). */
function checkDrive(drive: DriveView | undefined, site: string | undefined, givenOn: string): void {
  if (!drive) {
    if (site) throw new DomainError('dose.site_without_drive', { field: 'site' });
    return;
  }
  if (!driveRunsOn(drive, givenOn)) {
    throw new DomainError('dose.drive_not_running', {
      field: 'givenOn',
      params: { startsOn: drive.startsOn, endsOn: drive.endsOn },
    });
  }
  if (site && !drive.sites.some((s) => s.id === site))
    throw new DomainError('dose.site_not_in_drive', { field: 'site' });
}

/**
 * The `vaccination.record` command, checked on the phone with the server's schema and core's
 * `checkDose` against her doses the phone knows, so that a dose too soon, a duplicate or dose 3 of a
 * 2-dose vaccine is refused before it is queued, with the rule the server would break.
 */
export function dosePayload(values: DoseValues, context: DoseContext): CheckedDose {
  const trimmed = (s: string) => s.trim() || undefined;
  const payload = Object.fromEntries(
    Object.entries({
      id: context.id,
      personId: context.person.id,
      vaccineId: values.vaccineId,
      doseNumber: /^\d+$/.test(values.doseNumber) ? Number(values.doseNumber) : undefined,
      givenOn: values.givenOn,
      driveId: trimmed(values.driveId),
      site: trimmed(values.site),
      lotNumber: trimmed(values.lotNumber),
    }).filter(([, v]) => v !== undefined),
  );
  const parsed = vaccinationRecord.safeParse(payload);
  if (!parsed.success) return { ok: false, errors: schemaErrors(parsed.error.issues, messages) };
  const vaccine = context.vaccines.find((v) => v.id === parsed.data.vaccineId);
  if (!vaccine) return { ok: false, errors: { vaccineId: messages.vaccineId } };
  const drive = context.drives.find((d) => d.id === parsed.data.driveId);
  const rule =
    broken(() => checkDrive(drive, parsed.data.site, parsed.data.givenOn)) ??
    broken(() =>
      checkDose(
        vaccine,
        context.doses.filter((d) => d.vaccineId === vaccine.id && d.id !== context.id),
        { doseNumber: parsed.data.doseNumber, givenOn: parsed.data.givenOn },
        { today: context.today, birthDate: context.person.birthDate, birthYear: context.person.birthYear },
      ),
    );
  if (rule) return { ok: false, errors: {}, rule };
  return { ok: true, payload };
}

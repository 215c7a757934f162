import type { DoseExport, ExportedDose } from './exports.ts';

/** Groundwork's vaccine codes are the organisation's own, so they name their own code system. */
export const vaccineCodeSystem = 'urn:groundwork:vaccine-code';

const fhirGender: Record<string, string> = {
  female: 'female',
  male: 'male',
  other: 'other',
  unknown: 'unknown',
};

const urn = (id: string) => `urn:uuid:${id}`;

function patient(dose: ExportedDose) {
  const birthDate = dose.birthDate ?? (dose.birthYear === null ? undefined : String(dose.birthYear));
  return {
    fullUrl: urn(dose.personId),
    resource: {
      resourceType: 'Patient',
      id: dose.personId,
      name: [
        {
          text: [dose.givenName, dose.familyName].filter(Boolean).join(' '),
          given: [dose.givenName],
          ...(dose.familyName ? { family: dose.familyName } : {}),
        },
      ],
      gender: fhirGender[dose.sex] ?? 'unknown',
      ...(birthDate ? { birthDate } : {}),
    },
  };
}

function immunization(dose: ExportedDose) {
  return {
    fullUrl: urn(dose.id),
    resource: {
      resourceType: 'Immunization',
      id: dose.id,
      status: 'completed',
      vaccineCode: {
        coding: [{ system: vaccineCodeSystem, code: dose.vaccineCode }],
        text: dose.vaccineName,
      },
      patient: { reference: urn(dose.personId) },
      occurrenceDateTime: dose.givenOn,
      ...(dose.lotNumber ? { lotNumber: dose.lotNumber } : {}),
      protocolApplied: [
        { doseNumberPositiveInt: dose.doseNumber, seriesDosesPositiveInt: dose.dosesInSeries },
      ],
    },
  };
}

/**
 * The doses as a FHIR R4 Bundle of type collection: each person once as a Patient (FHIR allows a birth
 * date of the year alone), then each dose as an Immunization referring to her by the Patient's fullUrl,
 * so that every reference resolves inside the bundle.
 */
export function fhirBundle(data: DoseExport, now: string) {
  const patients = new Map<string, ReturnType<typeof patient>>();
  for (const dose of data.doses) if (!patients.has(dose.personId)) patients.set(dose.personId, patient(dose));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now,
    entry: [...patients.values(), ...data.doses.map(immunization)],
  };
}

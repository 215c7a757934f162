import type { MessageKey } from '@groundwork/core';
import { stringify } from 'csv-stringify/sync';
import type { Translate } from '../../finance/reports/document.ts';
import type { Register, RegisterRow } from './register.ts';

const sexLabels: Record<string, MessageKey> = {
  female: 'outreach.register.sex.female',
  male: 'outreach.register.sex.male',
  other: 'outreach.register.sex.other',
  unknown: 'outreach.register.sex.unknown',
};

const outcomeLabels: Record<string, MessageKey> = {
  agreed: 'outreach.register.outcome.agreed',
  refused: 'outreach.register.outcome.refused',
  will_think: 'outreach.register.outcome.will_think',
  vaccinated_elsewhere: 'outreach.register.outcome.vaccinated_elsewhere',
};

const hivLabels: Record<string, MessageKey> = {
  positive: 'outreach.register.hiv.positive',
  negative: 'outreach.register.hiv.negative',
  unknown: 'outreach.register.hiv.unknown',
  not_disclosed: 'outreach.register.hiv.not_disclosed',
};

/** A coded value in the reader's language; a code the labels do not know is written as it is. */
const label = (t: Translate, labels: Record<string, MessageKey>, code: string | undefined | null) => {
  if (code === undefined || code === null) return '';
  const key = labels[code];
  return key ? t(key) : code;
};

const yesNo = (t: Translate, value: boolean | undefined) =>
  value === undefined ? '' : t(value ? 'outreach.register.yes' : 'outreach.register.no');

/**
 * The register as one CSV table with headers in the reader's language, a column of doses per vaccine of
 * the catalogue, and the sensitive columns only when they were asked for and allowed. It starts with a
 * byte order mark so that spreadsheet programs read Devanagari as UTF-8.
 */
export function registerCsv(register: Register, t: Translate, withSensitive: boolean): string {
  const sensitiveHeader = withSensitive
    ? [
        t('outreach.register.column.hiv_status'),
        t('outreach.register.column.on_treatment'),
        t('outreach.register.column.sex_work'),
        t('outreach.register.column.disability_details'),
      ]
    : [];
  const header = [
    t('outreach.register.column.id'),
    t('outreach.register.column.name'),
    t('outreach.register.column.sex'),
    t('outreach.register.column.born'),
    t('outreach.register.column.area'),
    t('outreach.register.column.consent_date'),
    ...register.vaccines.map((v) => t('outreach.register.column.doses', { vaccine: v.name })),
    t('outreach.register.column.last_hesitancy_outcome'),
    t('outreach.register.column.last_hesitancy_visit'),
    t('outreach.register.column.expected_delivery'),
    t('outreach.register.column.open_plans'),
    ...sensitiveHeader,
  ];
  const line = (row: RegisterRow) => [
    row.id,
    row.name,
    label(t, sexLabels, row.sex),
    row.born ?? '',
    row.areaName ?? '',
    row.consentDate ?? '',
    ...register.vaccines.map((v) => String(row.doses.get(v.id) ?? 0)),
    label(t, outcomeLabels, row.lastHesitancy?.outcome),
    row.lastHesitancy?.visitedOn ?? '',
    row.expectedDeliveryOn ?? '',
    String(row.openPlans),
    ...(withSensitive
      ? [
          label(t, hivLabels, row.sensitive?.hivStatus),
          yesNo(t, row.sensitive?.onTreatment),
          yesNo(t, row.sensitive?.sexWork),
          row.sensitive?.disabilityDetails ?? '',
        ]
      : []),
  ];
  return stringify([header, ...register.rows.map(line)], { bom: true });
}

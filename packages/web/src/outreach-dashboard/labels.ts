import type { AgeBand, HesitancyReason, TaskKind } from '@groundwork/core';
import { t } from '../i18n/i18n.ts';
import type { FunnelStage } from './hesitancy.ts';

/** Each value the server sends, worded by a literal key (so every key is seen to be used). */
export const sexLabel: Record<string, () => string> = {
  female: () => t('outreach_dashboard.sex.female'),
  male: () => t('outreach_dashboard.sex.male'),
  other: () => t('outreach_dashboard.sex.other'),
  unknown: () => t('outreach_dashboard.sex.unknown'),
};

export const ageBandLabel: Record<AgeBand, () => string> = {
  '0-4': () => t('outreach_dashboard.age.0_4'),
  '5-17': () => t('outreach_dashboard.age.5_17'),
  '18-44': () => t('outreach_dashboard.age.18_44'),
  '45-59': () => t('outreach_dashboard.age.45_59'),
  '60+': () => t('outreach_dashboard.age.60_plus'),
  unknown: () => t('outreach_dashboard.age.unknown'),
};

export const stageLabel: Record<FunnelStage, () => string> = {
  visited: () => t('outreach_dashboard.stage.visited'),
  counselled: () => t('outreach_dashboard.stage.counselled'),
  agreed: () => t('outreach_dashboard.stage.agreed'),
  vaccinated: () => t('outreach_dashboard.stage.vaccinated'),
};

export const reasonLabel: Record<HesitancyReason, () => string> = {
  fear_of_side_effects: () => t('outreach_dashboard.reason.fear_of_side_effects'),
  rumours: () => t('outreach_dashboard.reason.rumours'),
  religious_or_cultural: () => t('outreach_dashboard.reason.religious_or_cultural'),
  loss_of_wages: () => t('outreach_dashboard.reason.loss_of_wages'),
  distance_or_access: () => t('outreach_dashboard.reason.distance_or_access'),
  illness: () => t('outreach_dashboard.reason.illness'),
  family_refusal: () => t('outreach_dashboard.reason.family_refusal'),
  other: () => t('outreach_dashboard.reason.other'),
};

export const taskKindLabel: Record<TaskKind, () => string> = {
  dose: () => t('outreach_dashboard.kind.dose'),
  hesitancy_follow_up: () => t('outreach_dashboard.kind.hesitancy_follow_up'),
  home_visit: () => t('outreach_dashboard.kind.home_visit'),
  postnatal_visit: () => t('outreach_dashboard.kind.postnatal_visit'),
};

export const workerRoleLabel: Record<string, () => string> = {
  field_worker: () => t('role.field_worker'),
  health_worker: () => t('role.health_worker'),
};

export const labelOf = (labels: Record<string, () => string>, value: string) => labels[value]?.() ?? value;

/** A percentage as the reader writes it, to one decimal at most: "66.7 %". */
export function percentText(value: number | null, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

import type { AdviceCode, DangerSign } from '@groundwork/core';
import type { WebKey } from '../../i18n/i18n.ts';

/** The words and pictures of a home visit's codes. */
export const dangerIcon: Record<DangerSign, string> = {
  fever: '🌡',
  fast_breathing: '💨',
  chest_indrawing: '🫁',
  convulsions: '⚡',
  not_feeding: '🍼',
  vomiting: '🤮',
  diarrhoea: '💧',
  lethargy: '😴',
  bleeding: '🩸',
  severe_headache: '🤕',
  blurred_vision: '👁',
  swelling: '🦶',
  reduced_fetal_movement: '🤰',
  water_broke: '🌊',
  other: '✏',
};

export const dangerLabel: Record<DangerSign, WebKey> = {
  fever: 'outreach.danger.fever',
  fast_breathing: 'outreach.danger.fast_breathing',
  chest_indrawing: 'outreach.danger.chest_indrawing',
  convulsions: 'outreach.danger.convulsions',
  not_feeding: 'outreach.danger.not_feeding',
  vomiting: 'outreach.danger.vomiting',
  diarrhoea: 'outreach.danger.diarrhoea',
  lethargy: 'outreach.danger.lethargy',
  bleeding: 'outreach.danger.bleeding',
  severe_headache: 'outreach.danger.severe_headache',
  blurred_vision: 'outreach.danger.blurred_vision',
  swelling: 'outreach.danger.swelling',
  reduced_fetal_movement: 'outreach.danger.reduced_fetal_movement',
  water_broke: 'outreach.danger.water_broke',
  other: 'outreach.danger.other',
};

export const adviceLabel: Record<AdviceCode, WebKey> = {
  nutrition: 'outreach.advice.nutrition',
  hygiene: 'outreach.advice.hygiene',
  breastfeeding: 'outreach.advice.breastfeeding',
  immunisation: 'outreach.advice.immunisation',
  family_planning: 'outreach.advice.family_planning',
  other: 'outreach.advice.other',
};

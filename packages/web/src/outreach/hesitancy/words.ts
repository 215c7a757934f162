import type { CounsellingMessage, HesitancyOutcome, HesitancyReason } from '@groundwork/core';
import type { WebKey } from '../../i18n/i18n.ts';

/** The words and pictures of a hesitancy visit's codes: reasons, counselling messages and outcomes. */
export const reasonIcon: Record<HesitancyReason, string> = {
  fear_of_side_effects: '😨',
  rumours: '🗣',
  religious_or_cultural: '🛐',
  loss_of_wages: '💰',
  distance_or_access: '🚌',
  illness: '🤒',
  family_refusal: '👪',
  other: '✏',
};
export const reasonLabel: Record<HesitancyReason, WebKey> = {
  fear_of_side_effects: 'outreach.reason.fear_of_side_effects',
  rumours: 'outreach.reason.rumours',
  religious_or_cultural: 'outreach.reason.religious_or_cultural',
  loss_of_wages: 'outreach.reason.loss_of_wages',
  distance_or_access: 'outreach.reason.distance_or_access',
  illness: 'outreach.reason.illness',
  family_refusal: 'outreach.reason.family_refusal',
  other: 'outreach.reason.other',
};
export const messageIcon: Record<CounsellingMessage, string> = {
  safety: '🛡',
  effectiveness: '✅',
  where_and_when: '📍',
  myths_answered: '💡',
};
export const messageLabel: Record<CounsellingMessage, WebKey> = {
  safety: 'outreach.counselling.safety',
  effectiveness: 'outreach.counselling.effectiveness',
  where_and_when: 'outreach.counselling.where_and_when',
  myths_answered: 'outreach.counselling.myths_answered',
};
export const outcomeIcon: Record<HesitancyOutcome, string> = {
  agreed: '👍',
  refused: '✋',
  will_think: '🤔',
  vaccinated_elsewhere: '🏥',
};
export const outcomeLabel: Record<HesitancyOutcome, WebKey> = {
  agreed: 'outreach.outcome.agreed',
  refused: 'outreach.outcome.refused',
  will_think: 'outreach.outcome.will_think',
  vaccinated_elsewhere: 'outreach.outcome.vaccinated_elsewhere',
};

import type { AgeBand, MessageKey } from '@groundwork/core';
import type { Translate } from '../../finance/reports/document.ts';

const sexLabels: Record<string, MessageKey> = {
  female: 'vaccination.sex.female',
  male: 'vaccination.sex.male',
  other: 'vaccination.sex.other',
  unknown: 'vaccination.sex.unknown',
};

/** A sex as the reader says it; a value the labels do not know is shown as it is. */
export function sexLabel(t: Translate, sex: string | null): string {
  if (sex === null) return '';
  const key = Object.hasOwn(sexLabels, sex) ? sexLabels[sex] : undefined;
  return key ? t(key) : sex;
}

export function ageBandLabel(t: Translate, band: AgeBand): string {
  return band === 'unknown' ? t('vaccination.age.unknown') : t('vaccination.age.band', { band });
}

import type { vaccinationEn } from './en.ts';

export const vaccinationHi: Record<keyof typeof vaccinationEn, string> = {};

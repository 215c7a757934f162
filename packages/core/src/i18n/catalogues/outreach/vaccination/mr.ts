import type { vaccinationEn } from './en.ts';

export const vaccinationMr: Record<keyof typeof vaccinationEn, string> = {};

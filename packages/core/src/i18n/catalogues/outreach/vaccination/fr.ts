import type { vaccinationEn } from './en.ts';

export const vaccinationFr: Record<keyof typeof vaccinationEn, string> = {};

import type { distributionsEn } from './en.ts';

export const distributionsFr: Record<keyof typeof distributionsEn, string> = {};

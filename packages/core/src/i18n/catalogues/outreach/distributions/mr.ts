import type { distributionsEn } from './en.ts';

export const distributionsMr: Record<keyof typeof distributionsEn, string> = {};

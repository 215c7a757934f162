import type { distributionsEn } from './en.ts';

export const distributionsHi: Record<keyof typeof distributionsEn, string> = {};

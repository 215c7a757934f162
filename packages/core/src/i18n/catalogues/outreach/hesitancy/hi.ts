import type { hesitancyEn } from './en.ts';

export const hesitancyHi: Record<keyof typeof hesitancyEn, string> = {};

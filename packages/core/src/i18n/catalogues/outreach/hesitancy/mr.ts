import type { hesitancyEn } from './en.ts';

export const hesitancyMr: Record<keyof typeof hesitancyEn, string> = {};

import type { hesitancyEn } from './en.ts';

export const hesitancyFr: Record<keyof typeof hesitancyEn, string> = {};

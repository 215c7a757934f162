import type { pregnanciesEn } from './en.ts';

export const pregnanciesHi: Record<keyof typeof pregnanciesEn, string> = {};

import type { pregnanciesEn } from './en.ts';

export const pregnanciesMr: Record<keyof typeof pregnanciesEn, string> = {};

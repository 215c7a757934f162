import type { pregnanciesEn } from './en.ts';

export const pregnanciesFr: Record<keyof typeof pregnanciesEn, string> = {};

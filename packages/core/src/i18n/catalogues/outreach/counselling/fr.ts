import type { counsellingEn } from './en.ts';

export const counsellingFr: Record<keyof typeof counsellingEn, string> = {};

import type { sync as en } from './en.ts';

export const sync: Record<keyof typeof en, string> = {};

import type { meeting as en } from './en.ts';

export const meeting: Record<keyof typeof en, string> = {};

import type { field as en } from './en.ts';

export const field: Record<keyof typeof en, string> = {};

import type { coordinator as en } from './en.ts';

export const coordinator: Record<keyof typeof en, string> = {};

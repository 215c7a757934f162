import type { tasksEn } from './en.ts';

export const tasksHi: Record<keyof typeof tasksEn, string> = {};

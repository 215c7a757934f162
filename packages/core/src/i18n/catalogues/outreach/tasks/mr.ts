import type { tasksEn } from './en.ts';

export const tasksMr: Record<keyof typeof tasksEn, string> = {};

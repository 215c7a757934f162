import type { tasksEn } from './en.ts';

export const tasksFr: Record<keyof typeof tasksEn, string> = {};

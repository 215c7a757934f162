import type { outreach as english } from './en.ts';

export const outreach: Record<keyof typeof english, string> = {};

import { z } from 'zod';

export const dateSchema = z.iso.date();
export const instantSchema = z.iso.datetime({ offset: true });

export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

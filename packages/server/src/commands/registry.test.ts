import { commandTypeSchema } from '@groundwork/core';
import { describe, expect, it } from 'vitest';
import { commandHandlers } from './registry.ts';

describe('command registry', () => {
  it('names every command so that a device can push it through sync', () => {
    const refused = [...commandHandlers.keys()].filter((type) => !commandTypeSchema.safeParse(type).success);
    expect(refused).toEqual([]);
    expect(commandHandlers.has('home_visit.record')).toBe(true);
    expect(commandHandlers.has('distribution_point.create')).toBe(true);
  });
});

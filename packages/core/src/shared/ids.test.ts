import { describe, expect, it } from 'vitest';
import { idSchema, newId } from './ids.ts';

describe('newId', () => {
  it('makes valid, distinct UUIDv7 ids that sort in the order they were made', () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => idSchema.safeParse(id).success && id[14] === '7')).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
});

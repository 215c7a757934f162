import { z } from 'zod';
import { idSchema } from '../shared/ids.ts';

/** The usual level names; an organisation may use any other lowercase word. */
export const commonAreaKinds = [
  'country',
  'state',
  'region',
  'district',
  'block',
  'commune',
  'village',
  'quartier',
  'slum',
  'ward',
] as const;

export const areaKindSchema = z
  .string()
  .regex(/^[a-z][a-z_]{1,29}$/, 'a lowercase word such as district or slum');

export const areaCreate = z.strictObject({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(200),
  kind: areaKindSchema,
  parentId: idSchema.nullable().optional(),
  code: z.string().trim().max(50).optional(),
});
export type AreaCreate = z.infer<typeof areaCreate>;

export const areaUpdate = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(200).optional(),
  kind: areaKindSchema.optional(),
  parentId: idSchema.nullable().optional(),
  code: z.string().trim().max(50).nullable().optional(),
});
export type AreaUpdate = z.infer<typeof areaUpdate>;

/** True when making `parentId` the parent of `areaId` would put the area under itself. */
export function wouldCreateCycle(
  areaId: string,
  parentId: string,
  parentOf: (id: string) => string | null,
): boolean {
  let current: string | null = parentId;
  const seen = new Set<string>();
  while (current) {
    if (current === areaId) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf(current);
  }
  return false;
}

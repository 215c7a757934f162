import { z } from 'zod';
import { roles } from '../access/roles.ts';
import { localeSchema } from '../orgs/schemas.ts';
import { idSchema } from '../shared/ids.ts';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._@-]{2,63}$/, 'letters, digits, dot, dash, underscore or @, 3-64 long');

/** Long enough to resist guessing; passphrases are welcome. */
export const passwordSchema = z.string().min(8).max(200);

export const scopeInput = z.strictObject({
  areaIds: z.array(idSchema).max(500).default([]),
  groupIds: z.array(idSchema).max(500).default([]),
});

export const userCreate = z.strictObject({
  id: idSchema.optional(),
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(200).optional(),
  password: passwordSchema,
  role: z.enum(roles),
  locale: localeSchema.optional(),
  sensitiveAccess: z.boolean().default(false),
  scope: scopeInput.optional(),
});
export type UserCreate = z.infer<typeof userCreate>;

export const userUpdate = z.strictObject({
  id: idSchema,
  displayName: z.string().trim().min(1).max(200).optional(),
  role: z.enum(roles).optional(),
  locale: localeSchema.optional(),
  sensitiveAccess: z.boolean().optional(),
  scope: scopeInput.optional(),
});

/** A user's own choice of language, remembered for her on every device. */
export const accountLocale = z.strictObject({ locale: localeSchema });

export const userDisable = z.strictObject({ id: idSchema });
export const userResetPassword = z.strictObject({ id: idSchema, password: passwordSchema });

export const loginInput = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});

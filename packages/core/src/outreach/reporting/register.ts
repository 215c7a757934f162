import { z } from 'zod';
import { idSchema } from '../../shared/ids.ts';

export const registerExportQuery = z.strictObject({
  areaId: idSchema.optional(),
  includeSensitive: z.enum(['true', 'false']).default('false'),
});

import { v7 } from 'uuid';
import { z } from 'zod';

/** Ids are UUID text made by whoever creates the row; a phone offline makes its own. */
export const newId = (): string => v7();

export const idSchema = z.uuid();

import type { Catalogue } from '../translate.ts';

export const fr: Catalogue = {} as Catalogue;

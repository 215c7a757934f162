import type { Catalogue } from '../translate.ts';

export const hi: Catalogue = {} as Catalogue;

import type { Catalogue } from '../translate.ts';

export const mr: Catalogue = {} as Catalogue;

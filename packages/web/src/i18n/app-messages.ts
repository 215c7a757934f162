import type { Locale } from '@groundwork/core';
import { en } from './catalogues/en.ts';
import { fr } from './catalogues/fr.ts';
import { hi } from './catalogues/hi.ts';
import { mr } from './catalogues/mr.ts';
import { addMessages, type WebCatalogue } from './i18n.ts';

/** Every word of the app in every language; loaded with the app, after sign-in. */
export const webCatalogues: Record<Locale, WebCatalogue> = { en, hi, mr, fr };

addMessages(webCatalogues);

import { z } from 'zod';
import { supportedLocales } from '../i18n/locales.ts';

export const slugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'lowercase letters, digits and dashes, 2-40 long, starting with a letter');

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as INR or XOF');
export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 code such as IN or ML');
export const localeSchema = z.enum(supportedLocales);
export const timeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as Asia/Kolkata');

export const organisationInput = z.strictObject({
  name: z.string().trim().min(2).max(200),
  slug: slugSchema,
  country: countrySchema,
  currency: currencySchema,
  locale: localeSchema,
  timeZone: timeZoneSchema,
});
export type OrganisationInput = z.infer<typeof organisationInput>;

export const networkInput = z.strictObject({
  name: z.string().trim().min(2).max(200),
  slug: slugSchema,
  organisationSlugs: z.array(slugSchema).min(1).max(500),
});
export type NetworkInput = z.infer<typeof networkInput>;

import type { ErrorKind } from '../../errors/domain-error.ts';

/** Why a kit, a distribution, a receipt or a stock movement is refused. */
export const distributionsErrorCodes = {
  'kit.repeated_item': 'invalid',
  'distribution.id_taken': 'conflict',
  'distribution.dates_order': 'invalid',
  'distribution.outside_dates': 'invalid',
  'distribution.given_in_future': 'invalid',
  'distribution.already_received': 'conflict',
  'receipt.photo_required': 'invalid',
  'receipt.photo_not_expected': 'invalid',
  'stock.insufficient': 'conflict',
  'stock.zero_adjustment': 'invalid',
  'stock.in_future': 'invalid',
} as const satisfies Record<string, ErrorKind>;

import { DomainError, isUnderFiveOn, type VoucherIssue } from '@groundwork/core';
import type { CommandContext } from '../../commands/context.ts';
import type { LoadedPerson } from '../../people/store.ts';
import { currentPregnancy } from '../pregnancies/store.ts';

/**
 * Checks that the person belongs to the voucher's category on the day it is issued: a child under five
 * by her recorded birth, a woman with a current pregnancy (neither delivered nor closed). Least access is
 * the worker's judgement, given with a reason, so it is not checked against the records.
 */
export async function ensureEligible(ctx: CommandContext, person: LoadedPerson, p: VoucherIssue) {
  if (p.category === 'least_access' && !p.reason) {
    throw new DomainError('voucher.reason_required', { field: 'reason' });
  }
  if (p.category === 'child_under_five') {
    const underFive = isUnderFiveOn(p.issuedOn, {
      birthDate: person.row.birth_date,
      birthYear: person.row.birth_year,
    });
    if (underFive === null) throw new DomainError('voucher.birth_unknown', { field: 'personId' });
    if (!underFive) {
      throw new DomainError('voucher.not_under_five', {
        field: 'category',
        params: { issuedOn: p.issuedOn },
      });
    }
  }
  if (p.category === 'pregnant_woman') {
    const current = await currentPregnancy(ctx.trx, ctx.org.id, person.row.id);
    if (!current) throw new DomainError('voucher.not_pregnant', { field: 'category' });
  }
}

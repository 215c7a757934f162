import {
  checkVoucherUse,
  DomainError,
  newId,
  voucherCancel,
  voucherIssue,
  voucherUse,
} from '@groundwork/core';
import { type CommandContext, type CommandHandler, defineCommand } from '../../commands/context.ts';
import { orgToday } from '../../finance/today.ts';
import { loadPerson } from '../../people/store.ts';
import { idTaken } from '../rows.ts';
import { consentingPerson, feedPlace } from '../subject.ts';
import { ensureEligible } from './eligibility.ts';
import { loadVoucher, toVoucherView, type VoucherRow } from './store.ts';

function emitVoucher(
  ctx: CommandContext,
  row: VoucherRow,
  place: ReturnType<typeof feedPlace>,
  op: 'create' | 'update',
) {
  ctx.emit({
    entity: 'voucher',
    entityId: row.id,
    op,
    ...place,
    data: { ...toVoucherView(row, orgToday(ctx)) },
  });
}

export const issueVoucher = defineCommand({
  type: 'voucher.issue',
  schema: voucherIssue,
  async apply(ctx, p) {
    ctx.ensure('outreach.write', {});
    const person = await consentingPerson(ctx, p.personId);
    if (p.expiresOn <= p.issuedOn) {
      throw new DomainError('voucher.expiry_order', { field: 'expiresOn', params: { issuedOn: p.issuedOn } });
    }
    if (p.issuedOn > orgToday(ctx)) throw new DomainError('voucher.issued_in_future', { field: 'issuedOn' });
    if (p.currency !== undefined && p.currency !== ctx.org.currency) {
      throw new DomainError('voucher.currency_mismatch', {
        field: 'currency',
        params: { currency: p.currency, orgCurrency: ctx.org.currency },
      });
    }
    await ensureEligible(ctx, person, p);
    if (p.id !== undefined && (await idTaken(ctx.trx, 'vouchers', ctx.org.id, p.id))) {
      throw new DomainError('voucher.id_taken', { field: 'id' });
    }
    const row: VoucherRow = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      person_id: p.personId,
      category: p.category,
      reason: p.reason ?? null,
      service: p.service,
      value_minor: p.valueMinor,
      currency: ctx.org.currency,
      issued_on: p.issuedOn,
      expires_on: p.expiresOn,
      facility: p.facility ?? null,
      issued_by: ctx.actor.userId,
      issued_at: ctx.now,
      used_on: null,
      used_facility: null,
      used_amount_minor: null,
      used_by: null,
      used_at: null,
      cancel_reason: null,
      cancelled_by: null,
      cancelled_at: null,
    };
    await ctx.trx.insertInto('vouchers').values(row).execute();
    emitVoucher(ctx, row, feedPlace(person), 'create');
    return { id: row.id };
  },
});

export const useVoucher = defineCommand({
  type: 'voucher.use',
  schema: voucherUse,
  async apply(ctx, p) {
    ctx.ensure('outreach.write', {});
    const row = await loadVoucher(ctx.trx, ctx.org.id, p.voucherId, 'voucherId');
    const person = await consentingPerson(ctx, row.person_id, 'voucherId');
    if (p.usedOn > orgToday(ctx)) throw new DomainError('voucher.used_in_future', { field: 'usedOn' });
    checkVoucherUse(toVoucherView(row, orgToday(ctx)), p);
    const used: VoucherRow = {
      ...row,
      used_on: p.usedOn,
      used_facility: p.facility,
      used_amount_minor: p.amountMinor,
      used_by: ctx.actor.userId,
      used_at: ctx.now,
    };
    await ctx.trx
      .updateTable('vouchers')
      .set({
        used_on: used.used_on,
        used_facility: used.used_facility,
        used_amount_minor: used.used_amount_minor,
        used_by: used.used_by,
        used_at: used.used_at,
      })
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', row.id)
      .where('used_on', 'is', null)
      .where('cancelled_at', 'is', null)
      .execute();
    emitVoucher(ctx, used, feedPlace(person), 'update');
    return { id: row.id };
  },
});

export const cancelVoucher = defineCommand({
  type: 'voucher.cancel',
  schema: voucherCancel,
  async apply(ctx, p) {
    ctx.ensure('outreach.write', {});
    const row = await loadVoucher(ctx.trx, ctx.org.id, p.voucherId, 'voucherId');
    // Cancelling takes nothing new about her health, so it needs her in scope but not a fresh consent.
    const person = await loadPerson(ctx.trx, ctx.org.id, row.person_id, 'voucherId');
    ctx.ensure('outreach.write', person.resource);
    if (row.used_on !== null) {
      throw new DomainError('voucher.already_used', { field: 'voucherId', params: { usedOn: row.used_on } });
    }
    if (row.cancelled_at !== null) throw new DomainError('voucher.cancelled', { field: 'voucherId' });
    const cancelled: VoucherRow = {
      ...row,
      cancel_reason: p.reason,
      cancelled_by: ctx.actor.userId,
      cancelled_at: ctx.now,
    };
    await ctx.trx
      .updateTable('vouchers')
      .set({ cancel_reason: p.reason, cancelled_by: ctx.actor.userId, cancelled_at: ctx.now })
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', row.id)
      .execute();
    emitVoucher(ctx, cancelled, feedPlace(person), 'update');
    return { id: row.id };
  },
});

export const vouchersCommands: CommandHandler[] = [
  issueVoucher,
  useVoucher,
  cancelVoucher,
] as CommandHandler[];

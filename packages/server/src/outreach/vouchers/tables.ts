/** Subsidised-care vouchers (migration 0007). Money is an integer of minor units next to its currency. */
export interface VouchersTable {
  org_id: string;
  id: string;
  person_id: string;
  category: string;
  reason: string | null;
  service: string;
  value_minor: number;
  currency: string;
  issued_on: string;
  expires_on: string;
  facility: string | null;
  issued_by: string;
  issued_at: string;
  used_on: string | null;
  used_facility: string | null;
  used_amount_minor: number | null;
  used_by: string | null;
  used_at: string | null;
  cancel_reason: string | null;
  cancelled_by: string | null;
  cancelled_at: string | null;
}

export interface VouchersTables {
  vouchers: VouchersTable;
}

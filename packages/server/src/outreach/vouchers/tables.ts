// biome-ignore lint/suspicious/noEmptyInterface: filled as the tables land
export interface VouchersTables {}

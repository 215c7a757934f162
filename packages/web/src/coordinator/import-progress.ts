/** The steps of an import, each with its share of the progress bar. */
export type Phase = 'reading' | 'checking' | 'applying';

const span: Record<Phase, [from: number, to: number]> = {
  reading: [0, 20],
  checking: [20, 60],
  applying: [60, 100],
};

/** The bar's value (0–100) at a fraction (0–1) of a step. */
export function overall(phase: Phase, fraction: number): number {
  const [from, to] = span[phase];
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  return Math.round(from + (to - from) * f);
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** POST /api/imports/{people|groups}: the same report whether the file was taken (2xx) or refused (422). */
export interface ImportReport {
  rows: number;
  errors: RowError[];
  applied: number;
  before: number;
  dryRun: boolean;
  detail?: string;
}

export function isReport(value: unknown): value is ImportReport {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return typeof r.rows === 'number' && Array.isArray(r.errors) && typeof r.applied === 'number';
}

/** The rows with at least one error, so the summary counts rows rather than cells. */
export const badRows = (errors: RowError[]) => new Set(errors.map((e) => e.row)).size;

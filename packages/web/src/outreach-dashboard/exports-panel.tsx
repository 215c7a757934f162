import { useState } from 'preact/hooks';
import { NetworkError } from '../api/client.ts';
import { download } from '../api/download.ts';
import { t } from '../i18n/i18n.ts';
import { session } from '../session/session.ts';
import { type ExportKind, exportLinks } from './exports.ts';
import { lastMonthPeriod, localDay, monthOfPeriod, periodOfMonth } from './period.ts';
import type { Place } from './place.ts';

const exportLabel: Record<ExportKind, () => string> = {
  coverage_csv: () => t('outreach_dashboard.exports.coverage_csv'),
  doses_csv: () => t('outreach_dashboard.exports.doses_csv'),
  fhir: () => t('outreach_dashboard.exports.fhir'),
  register_csv: () => t('outreach_dashboard.exports.register_csv'),
  dhis2: () => t('outreach_dashboard.exports.dhis2'),
  funnel_csv: () => t('outreach_dashboard.exports.funnel_csv'),
  reasons_csv: () => t('outreach_dashboard.exports.reasons_csv'),
  follow_ups_csv: () => t('outreach_dashboard.exports.follow_ups_csv'),
  deliveries_csv: () => t('outreach_dashboard.exports.deliveries_csv'),
  stock_csv: () => t('outreach_dashboard.exports.stock_csv'),
  vouchers_csv: () => t('outreach_dashboard.exports.vouchers_csv'),
  tasks_csv: () => t('outreach_dashboard.exports.tasks_csv'),
};

/** The files the server makes of outreach: CSV for spreadsheets, FHIR for health systems, DHIS2 for the ministry. */
export function ExportsPanel({ place, range }: { place: Place; range: { from: string; to: string } }) {
  const [month, setMonth] = useState(() => monthOfPeriod(lastMonthPeriod(localDay(new Date()))));
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const mayIncludeSensitive = session.value?.user.sensitiveAccess === true;
  const links = exportLinks({
    place,
    range,
    period: periodOfMonth(month),
    includeSensitive: mayIncludeSensitive && includeSensitive,
  });
  const get = (kind: ExportKind, path: string, file: string) => {
    setError('');
    setBusy(kind);
    download(path, file)
      .catch((failure: unknown) =>
        setError(failure instanceof NetworkError ? t('error.network') : String((failure as Error).message)),
      )
      .finally(() => setBusy(null));
  };
  return (
    <section class="card outreach-panel" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('outreach_dashboard.exports.title')}</h2>
      <p class="muted">{t('outreach_dashboard.exports.intro')}</p>
      <div class="outreach-pickers">
        <div>
          <label for="exports-month">{t('outreach_dashboard.exports.month')}</label>
          <input
            id="exports-month"
            type="month"
            value={month}
            required
            onChange={(e) => {
              const value = (e.target as HTMLInputElement).value;
              if (/^\d{4}-\d{2}$/.test(value)) setMonth(value);
            }}
          />
        </div>
        {mayIncludeSensitive && (
          <div class="checks-inline">
            <label>
              <input
                type="checkbox"
                checked={includeSensitive}
                onChange={(e) => setIncludeSensitive((e.target as HTMLInputElement).checked)}
              />
              {t('outreach_dashboard.exports.include_sensitive')}
            </label>
          </div>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ul class="export-links">
        {links.map((link) => (
          <li key={link.kind}>
            <button
              type="button"
              disabled={
                busy !== null || (link.kind !== 'dhis2' && link.kind !== 'tasks_csv' && !place.areaId)
              }
              onClick={() => get(link.kind, link.path, link.file)}
            >
              <span aria-hidden="true">⬇</span>
              {exportLabel[link.kind]()}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

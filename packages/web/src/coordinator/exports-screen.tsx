import { useState } from 'preact/hooks';
import { NetworkError } from '../api/client.ts';
import { download } from '../api/download.ts';
import { t } from '../i18n/i18n.ts';
import './coordinator.css';
import { loadNames } from './names.ts';
import { LoadStatus, useLoaded } from './use-loaded.tsx';

/** The group reports the server writes as CSV, each named by a literal key. */
const reports: [path: string, label: () => string][] = [
  ['cash-book', () => t('exports.cash_book')],
  ['bank-book', () => t('exports.bank_book')],
  ['loan-ledger', () => t('exports.loan_ledger')],
  ['trial-balance', () => t('exports.trial_balance')],
  ['balance-sheet', () => t('exports.balance_sheet')],
  ['income-expenditure', () => t('exports.income_expenditure')],
];

export function ExportsScreen() {
  const names = useLoaded('names', loadNames);
  const [groupId, setGroupId] = useState('');
  const [error, setError] = useState('');
  const get = (path: string, name: string) => {
    setError('');
    download(path, name).catch((failure: unknown) =>
      setError(failure instanceof NetworkError ? t('error.network') : String((failure as Error).message)),
    );
  };
  const groups = names.loaded?.data.groups ?? [];
  return (
    <>
      <h1>{t('nav.exports')}</h1>
      <p>{t('exports.intro')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={() => get('/api/exports/people.csv', 'people.csv')}>
          {t('exports.people')}
        </button>
        <button type="button" onClick={() => get('/api/exports/groups.csv', 'groups.csv')}>
          {t('exports.groups')}
        </button>
      </div>
      <h2>{t('exports.reports')}</h2>
      <LoadStatus state={names} />
      <label for="exports-group">{t('exports.group')}</label>
      <select
        id="exports-group"
        value={groupId}
        onChange={(e) => setGroupId((e.target as HTMLSelectElement).value)}
      >
        <option value="">{t('exports.pick_group')}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      <div class="actions">
        {reports.map(([path, label]) => (
          <button
            key={path}
            type="button"
            disabled={!groupId}
            onClick={() => get(`/api/groups/${groupId}/reports/${path}?format=csv`, `${path}.csv`)}
          >
            {label()}
          </button>
        ))}
      </div>
    </>
  );
}

import { formatMoney, type VoucherCategory } from '@groundwork/core';
import { api } from '../api/client.ts';
import { ChartCard } from '../coordinator/chart.tsx';
import { readerLocale } from '../coordinator/money.ts';
import { useLoaded } from '../coordinator/use-loaded.tsx';
import { formatDate, formatNumber, locale, t } from '../i18n/i18n.ts';
import { Panel } from './panel.tsx';
import { type StockReport, stockRows, type VoucherReport, voucherRows } from './supplies.ts';

const categoryLabel: Record<VoucherCategory | 'all', () => string> = {
  child_under_five: () => t('outreach_dashboard.vouchers.child_under_five'),
  pregnant_woman: () => t('outreach_dashboard.vouchers.pregnant_woman'),
  least_access: () => t('outreach_dashboard.vouchers.least_access'),
  all: () => t('outreach_dashboard.vouchers.all'),
};

/** Relief stock left at each distribution point, and the care vouchers issued in the period and used. */
export function SuppliesPanel({ from, to }: { from: string; to: string }) {
  const query = new URLSearchParams({ from, to }).toString();
  const state = useLoaded(`outreach:supplies:${query}`, async () => {
    const [stock, vouchers] = await Promise.all([
      api<StockReport>('/api/outreach/stock'),
      api<VoucherReport>(`/api/outreach/vouchers/report?${query}`),
    ]);
    return { stock, vouchers };
  }, [query]);
  return (
    <Panel id="supplies" wide title={t('outreach_dashboard.supplies.title')} state={state}>
      {({ stock, vouchers }) => (
        <div class="charts">
          <Stock report={stock} />
          <Vouchers report={vouchers} />
        </div>
      )}
    </Panel>
  );
}

function Stock({ report }: { report: StockReport }) {
  const rows = stockRows(report.lines, locale.value);
  const heading = t('outreach_dashboard.stock.title', { date: formatDate(report.date) });
  if (rows.length === 0) {
    return (
      <div>
        <h3>{heading}</h3>
        <p>{t('outreach_dashboard.stock.none')}</p>
      </div>
    );
  }
  return (
    <div>
      <h3 id="stock-title">{heading}</h3>
      <table aria-labelledby="stock-title">
        <thead>
          <tr>
            <th scope="col">{t('outreach_dashboard.stock.point_item')}</th>
            <th scope="col" class="num">
              {t('outreach_dashboard.stock.in')}
            </th>
            <th scope="col" class="num">
              {t('outreach_dashboard.stock.out')}
            </th>
            <th scope="col" class="num">
              {t('outreach_dashboard.stock.balance')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.pointId}-${r.item}-${r.unit}`}>
              <th scope="row">
                {r.pointName}
                <br />
                <span class="muted">
                  {t('outreach_dashboard.stock.item', { item: r.item, unit: r.unit })}
                </span>
              </th>
              <td class="num">{formatNumber(r.in)}</td>
              <td class="num">{formatNumber(r.out)}</td>
              <td class="num">
                {formatNumber(r.balance)}
                {r.empty && (
                  <>
                    <br />
                    <span class="error">{t('outreach_dashboard.stock.run_out')}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Vouchers({ report }: { report: VoucherReport }) {
  const rows = voucherRows(report);
  const money = (minor: number) => formatMoney(minor, report.currency, readerLocale());
  const categories = rows.filter((r) => r.category !== 'all');
  if (categories.length === 0) {
    return (
      <div>
        <h3>{t('outreach_dashboard.vouchers.title')}</h3>
        <p>{t('outreach_dashboard.vouchers.none')}</p>
      </div>
    );
  }
  return (
    <div>
      <ChartCard
        title={t('outreach_dashboard.vouchers.title')}
        type="bar"
        labels={categories.map((r) => categoryLabel[r.category]())}
        series={[
          {
            label: t('outreach_dashboard.vouchers.issued'),
            values: categories.map((r) => r.issued),
            colour: '#e0a800',
          },
          {
            label: t('outreach_dashboard.vouchers.used'),
            values: categories.map((r) => r.used),
            colour: '#1f5f4a',
          },
        ]}
        format={(value) => (Number.isInteger(value) ? formatNumber(value) : '')}
      />
      <table>
        <caption>{t('outreach_dashboard.vouchers.values')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outreach_dashboard.vouchers.category')}</th>
            <th scope="col" class="num">
              {t('outreach_dashboard.vouchers.issued')}
            </th>
            <th scope="col" class="num">
              {t('outreach_dashboard.vouchers.used')}
            </th>
            <th scope="col" class="num">
              {t('outreach_dashboard.vouchers.open')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.category}>
              <th scope="row">{categoryLabel[r.category]()}</th>
              <td class="num money">{money(r.valueIssued)}</td>
              <td class="num money">{money(r.valueUsed)}</td>
              <td class="num">{formatNumber(r.open)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { FacilityDeliveriesReport } from '@groundwork/core';
import { api } from '../api/client.ts';
import { ChartCard } from '../coordinator/chart.tsx';
import { readerLocale } from '../coordinator/money.ts';
import { monthLabel } from '../coordinator/summary-view.ts';
import { useLoaded } from '../coordinator/use-loaded.tsx';
import { formatNumber, t } from '../i18n/i18n.ts';
import { percentOfBps } from './coverage.ts';
import { deliverySeries } from './deliveries.ts';
import { percentText } from './labels.ts';
import { Panel } from './panel.tsx';

/** The share of deliveries in a health facility, month by month, in the chosen area. */
export function DeliveriesPanel({ areaId, from, to }: { areaId: string; from: string; to: string }) {
  const query = new URLSearchParams({ areaId, from, to }).toString();
  const state = useLoaded(
    `outreach:deliveries:${query}`,
    () => api<FacilityDeliveriesReport>(`/api/outreach/deliveries?${query}`),
    [query],
  );
  return (
    <Panel id="deliveries" title={t('outreach_dashboard.deliveries.title')} state={state}>
      {(report) => {
        const locale = readerLocale();
        const series = deliverySeries(report.byMonth);
        const { total } = report;
        return (
          <>
            <dl class="figures">
              <div>
                <dt>{t('outreach_dashboard.deliveries.count')}</dt>
                <dd>{formatNumber(total.deliveries)}</dd>
              </div>
              <div>
                <dt>{t('outreach_dashboard.deliveries.in_facility')}</dt>
                <dd>{percentText(percentOfBps(total.facilityShareBps), locale)}</dd>
              </div>
            </dl>
            {total.deliveries === 0 ? (
              <p>{t('outreach_dashboard.deliveries.none')}</p>
            ) : (
              <ChartCard
                title={t('outreach_dashboard.deliveries.chart')}
                type="line"
                labels={series.months.map((m) => monthLabel(m, locale))}
                series={[
                  {
                    label: t('outreach_dashboard.deliveries.in_facility'),
                    values: series.facilityPercent,
                    colour: '#1f5f4a',
                  },
                ]}
                format={(value) => percentText(value, locale)}
              />
            )}
          </>
        );
      }}
    </Panel>
  );
}

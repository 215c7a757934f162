import type { FunnelReport, ReasonMonth, ReasonsReport } from '@groundwork/core';
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { ChartCard } from '../coordinator/chart.tsx';
import { readerLocale } from '../coordinator/money.ts';
import { monthLabel } from '../coordinator/summary-view.ts';
import { useLoaded } from '../coordinator/use-loaded.tsx';
import { formatNumber, t } from '../i18n/i18n.ts';
import { funnelShares, funnelStages, funnelValues, reasonSeries } from './hesitancy.ts';
import { percentText, reasonLabel, stageLabel } from './labels.ts';
import { Panel } from './panel.tsx';

/** People are counted whole: the axis names no step between two of them (0.5 people). */
const wholeNumber = (value: number) => (Number.isInteger(value) ? formatNumber(value) : '');

/** Distinct colours for up to eight reasons, dark enough to read on white. */
const reasonColours = [
  '#1f5f4a',
  '#b3261e',
  '#8a6d00',
  '#3559a8',
  '#7b3fa0',
  '#00838f',
  '#c2571a',
  '#555555',
];

/** The hesitancy funnel of the people first visited in the period, and the reasons they gave, month by month. */
export function HesitancyPanel({ areaId, from, to }: { areaId: string; from: string; to: string }) {
  const query = new URLSearchParams({ areaId, from, to }).toString();
  const state = useLoaded(`outreach:hesitancy:${query}`, async () => {
    const [funnel, reasons] = await Promise.all([
      api<FunnelReport>(`/api/outreach/hesitancy/funnel?${query}`),
      api<ReasonsReport>(`/api/outreach/hesitancy/reasons?${query}`),
    ]);
    return { funnel, reasons };
  }, [query]);
  const [vaccineId, setVaccineId] = useState('');
  return (
    <Panel id="hesitancy" wide title={t('outreach_dashboard.hesitancy.title')} state={state}>
      {({ funnel, reasons }) => {
        if (funnel.rows.length === 0) return <p>{t('outreach_dashboard.hesitancy.none')}</p>;
        const chosen = funnel.rows.some((r) => r.vaccineId === vaccineId) ? vaccineId : '';
        return (
          <>
            {funnel.rows.length > 1 && (
              <>
                <label for="hesitancy-vaccine">{t('outreach_dashboard.hesitancy.vaccine')}</label>
                <select
                  id="hesitancy-vaccine"
                  value={chosen}
                  onChange={(e) => setVaccineId((e.target as HTMLSelectElement).value)}
                >
                  <option value="">{t('outreach_dashboard.hesitancy.all_vaccines')}</option>
                  {funnel.rows.map((r) => (
                    <option key={r.vaccineId} value={r.vaccineId}>
                      {r.vaccineName}
                    </option>
                  ))}
                </select>
              </>
            )}
            <div class="charts">
              <Funnel rows={funnel.rows} vaccineId={chosen} />
              <Reasons months={reasons.months} />
            </div>
          </>
        );
      }}
    </Panel>
  );
}

function Funnel({ rows, vaccineId }: { rows: FunnelReport['rows']; vaccineId: string }) {
  const values = funnelValues(rows, vaccineId);
  const shares = funnelShares(values);
  const locale = readerLocale();
  return (
    <div>
      <ChartCard
        title={t('outreach_dashboard.hesitancy.funnel')}
        type="bar"
        labels={funnelStages.map((s) => stageLabel[s]())}
        series={[{ label: t('outreach_dashboard.hesitancy.people'), values, colour: '#1f5f4a' }]}
        format={wholeNumber}
      />
      <dl class="figures">
        {funnelStages.map((stage, i) => (
          <div key={stage}>
            <dt>{stageLabel[stage]()}</dt>
            <dd>
              {t('outreach_dashboard.hesitancy.stage_figure', {
                count: values[i] ?? 0,
                share: percentText(shares[i] ?? null, locale),
              })}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function Reasons({ months }: { months: ReasonMonth[] }) {
  const series = reasonSeries(months);
  if (series.reasons.length === 0) {
    return (
      <section class="card chart-card">
        <h2>{t('outreach_dashboard.hesitancy.reasons')}</h2>
        <p>{t('outreach_dashboard.hesitancy.no_reasons')}</p>
      </section>
    );
  }
  const locale = readerLocale();
  return (
    <ChartCard
      title={t('outreach_dashboard.hesitancy.reasons')}
      type={series.months.length < 3 ? 'bar' : 'line'}
      labels={series.months.map((m) => monthLabel(m, locale))}
      series={series.reasons.map((r, i) => ({
        label: reasonLabel[r.reason](),
        values: r.values,
        colour: reasonColours[i % reasonColours.length] as string,
      }))}
      format={wholeNumber}
    />
  );
}

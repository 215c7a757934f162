import { api } from '../api/client.ts';
import { formatDate, formatNumber, t } from '../i18n/i18n.ts';
import { ChartCard } from './chart.tsx';
import './coordinator.css';
import { majorMoney, money, readerLocale } from './money.ts';
import { type FinanceSummary, monthLabel, percent, seriesOf } from './summary-view.ts';
import { LoadStatus, useLoaded } from './use-loaded.tsx';

const brand = '#1f5f4a';
const accent = '#e0a800';

export function DashboardScreen() {
  const state = useLoaded('summary', () => api<FinanceSummary>('/api/finance/summary'));
  const summary = state.loaded?.data;
  return (
    <>
      <h1>{t('nav.dashboard')}</h1>
      <LoadStatus state={state} />
      {summary && <Dashboard summary={summary} />}
    </>
  );
}

function Dashboard({ summary }: { summary: FinanceSummary }) {
  const s = seriesOf(summary);
  const labels = s.months.map((m) => monthLabel(m, readerLocale()));
  const asPercent = (value: number) => `${formatNumber(value)} %`;
  const par30 = percent(summary.par30.ratio);
  const attendance = percent(summary.totals.attendanceRate);
  return (
    <>
      <p class="muted">{t('dashboard.as_of', { date: formatDate(summary.asOf) })}</p>
      <dl class="figures">
        <div>
          <dt>{t('dashboard.groups_active')}</dt>
          <dd>{t('dashboard.of_total', { count: summary.groups.active, total: summary.groups.total })}</dd>
        </div>
        <div>
          <dt>{t('dashboard.members')}</dt>
          <dd>{formatNumber(summary.totals.members)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.savings')}</dt>
          <dd class="money">{money(summary.totals.savings)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.loans_outstanding')}</dt>
          <dd class="money">{money(summary.totals.loansOutstanding)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.par30')}</dt>
          <dd>{par30 === null ? '–' : asPercent(par30)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.attendance')}</dt>
          <dd>{attendance === null ? '–' : asPercent(attendance)}</dd>
        </div>
      </dl>
      <div class="charts">
        <ChartCard
          title={t('dashboard.savings_trend')}
          type="line"
          labels={labels}
          series={[{ label: t('dashboard.savings'), values: s.savings, colour: brand }]}
          format={majorMoney}
        />
        <ChartCard
          title={t('dashboard.loans_outstanding')}
          type="bar"
          labels={labels}
          series={[{ label: t('dashboard.loans_outstanding'), values: s.loans, colour: brand }]}
          format={majorMoney}
        />
        <ChartCard
          title={t('dashboard.par30_title')}
          type="doughnut"
          labels={[t('dashboard.par30_on_time'), t('dashboard.par30_at_risk')]}
          series={[
            {
              label: t('dashboard.loans_outstanding'),
              values: [summary.par30.outstanding - summary.par30.atRisk, summary.par30.atRisk],
              colour: brand,
            },
          ]}
          format={money}
        />
        <ChartCard
          title={t('dashboard.attendance')}
          type="line"
          labels={labels}
          series={[{ label: t('dashboard.attendance'), values: s.attendance, colour: brand }]}
          format={asPercent}
        />
        <ChartCard
          title={t('dashboard.grades')}
          type="doughnut"
          labels={[t('dashboard.grade_a'), t('dashboard.grade_b'), t('dashboard.grade_c')]}
          series={[{ label: t('dashboard.groups'), values: s.grades, colour: brand }]}
          format={formatNumber}
        />
        <ChartCard
          title={t('dashboard.meetings')}
          type="bar"
          labels={labels}
          series={[
            { label: t('dashboard.meetings_held'), values: s.held, colour: brand },
            { label: t('dashboard.meetings_due'), values: s.due, colour: accent },
          ]}
          format={formatNumber}
        />
      </div>
    </>
  );
}

import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { ChartCard } from '../coordinator/chart.tsx';
import { readerLocale } from '../coordinator/money.ts';
import { useLoaded } from '../coordinator/use-loaded.tsx';
import { formatDate, formatNumber, t } from '../i18n/i18n.ts';
import {
  type CoverageReport,
  chosenCoverage,
  coverageBars,
  percentOfBps,
  sexAgeRows,
  type VaccineCoverage,
} from './coverage.ts';
import { ageBandLabel, labelOf, percentText, sexLabel } from './labels.ts';
import { Panel } from './panel.tsx';
import { type Place, placeQuery } from './place.ts';

const brand = '#1f5f4a';
const accent = '#e0a800';

/** Coverage of the chosen area or drive: a bar per sub-area, and the breakdown by sex and age band. */
export function CoveragePanel({ place }: { place: Place }) {
  const query = placeQuery(place);
  const state = useLoaded(
    `outreach:coverage:${query}`,
    () => api<CoverageReport>(`/api/outreach/coverage?${query}`),
    [query],
  );
  const [vaccineId, setVaccineId] = useState('');
  return (
    <Panel id="coverage" wide title={t('outreach_dashboard.coverage.title')} state={state}>
      {(report) => {
        const coverage = chosenCoverage(report, vaccineId);
        return (
          <>
            <p class="muted">
              {report.drive
                ? t('outreach_dashboard.coverage.of_drive', {
                    drive: report.drive.name,
                    area: report.area.name,
                    date: formatDate(report.agesOn),
                  })
                : t('outreach_dashboard.coverage.of_area', {
                    area: report.area.name,
                    date: formatDate(report.asOf),
                  })}
            </p>
            {!coverage ? (
              <p>{t('outreach_dashboard.coverage.no_vaccines')}</p>
            ) : (
              <>
                {report.vaccines.length > 1 && (
                  <>
                    <label for="coverage-vaccine">{t('outreach_dashboard.coverage.vaccine')}</label>
                    <select
                      id="coverage-vaccine"
                      value={coverage.vaccine.id}
                      onChange={(e) => setVaccineId((e.target as HTMLSelectElement).value)}
                    >
                      {report.vaccines.map((v) => (
                        <option key={v.vaccine.id} value={v.vaccine.id}>
                          {v.vaccine.name}
                        </option>
                      ))}
                    </select>
                  </>
                )}
                <VaccineCoverageView report={report} coverage={coverage} />
              </>
            )}
          </>
        );
      }}
    </Panel>
  );
}

function VaccineCoverageView({ report, coverage }: { report: CoverageReport; coverage: VaccineCoverage }) {
  const locale = readerLocale();
  const asPercent = (value: number) => percentText(value, locale);
  const bars = coverageBars(report, coverage, {
    whole: (name) => t('outreach_dashboard.coverage.whole', { area: name }),
    own: (name) => t('outreach_dashboard.coverage.own', { area: name }),
  });
  const { total } = coverage;
  return (
    <>
      <dl class="figures">
        <div>
          <dt>{t('outreach_dashboard.coverage.target')}</dt>
          <dd>{formatNumber(total.target)}</dd>
        </div>
        <div>
          <dt>{t('outreach_dashboard.coverage.at_least_one')}</dt>
          <dd>{percentText(percentOfBps(total.atLeastOneDoseShare), locale)}</dd>
        </div>
        <div>
          <dt>{t('outreach_dashboard.coverage.fully')}</dt>
          <dd>{percentText(percentOfBps(total.fullyVaccinatedShare), locale)}</dd>
        </div>
      </dl>
      <ChartCard
        title={t('outreach_dashboard.coverage.chart', { vaccine: coverage.vaccine.name })}
        type="bar"
        labels={bars.labels}
        series={[
          {
            label: t('outreach_dashboard.coverage.at_least_one'),
            values: bars.atLeastOneDose,
            colour: accent,
          },
          { label: t('outreach_dashboard.coverage.fully'), values: bars.fullyVaccinated, colour: brand },
        ]}
        format={asPercent}
      />
      <h3 id="coverage-sex-age">{t('outreach_dashboard.coverage.by_sex_age')}</h3>
      {coverage.bySexAndAge.length === 0 ? (
        <p>{t('outreach_dashboard.coverage.nobody')}</p>
      ) : (
        // Four columns, sex and age in one, so the table fits a phone without scrolling sideways.
        <table aria-labelledby="coverage-sex-age">
          <thead>
            <tr>
              <th scope="col">{t('outreach_dashboard.coverage.sex_age')}</th>
              <th scope="col" class="num">
                {t('outreach_dashboard.coverage.target')}
              </th>
              <th scope="col" class="num">
                {t('outreach_dashboard.coverage.at_least_one')}
              </th>
              <th scope="col" class="num">
                {t('outreach_dashboard.coverage.fully')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sexAgeRows(coverage.bySexAndAge).map((row) => (
              <tr key={`${row.sex}-${row.ageBand}`}>
                <th scope="row">
                  {labelOf(sexLabel, row.sex)}
                  <br />
                  <span class="muted">{labelOf(ageBandLabel, row.ageBand)}</span>
                </th>
                <td class="num">{formatNumber(row.target)}</td>
                <td class="num">
                  {t('outreach_dashboard.coverage.count_share', {
                    count: row.atLeastOneDose,
                    share: percentText(row.atLeastOneDosePercent, locale),
                  })}
                </td>
                <td class="num">
                  {t('outreach_dashboard.coverage.count_share', {
                    count: row.fullyVaccinated,
                    share: percentText(row.fullyVaccinatedPercent, locale),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

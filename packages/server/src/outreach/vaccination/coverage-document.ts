import type { CoverageFigures, CoverageReport } from '@groundwork/core';
import type { Column, Fact, ReportDocument, Row, Translate } from '../../finance/reports/document.ts';
import { ageBandLabel, sexLabel } from './labels.ts';

const figureColumns: Column[] = [
  { key: 'target', label: 'vaccination.coverage.column.target', type: 'count' },
  { key: 'atLeastOneDose', label: 'vaccination.coverage.column.at_least_one', type: 'count' },
  { key: 'atLeastOneDoseShare', label: 'vaccination.coverage.column.at_least_one_share', type: 'percent' },
  { key: 'fullyVaccinated', label: 'vaccination.coverage.column.fully', type: 'count' },
  { key: 'fullyVaccinatedShare', label: 'vaccination.coverage.column.fully_share', type: 'percent' },
];

const figures = (f: CoverageFigures): Row => ({
  target: f.target,
  atLeastOneDose: f.atLeastOneDose,
  atLeastOneDoseShare: f.atLeastOneDoseShare,
  fullyVaccinated: f.fullyVaccinated,
  fullyVaccinatedShare: f.fullyVaccinatedShare,
});

const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60);

function facts(data: CoverageReport, t: Translate): Fact[] {
  const list: Fact[] = [];
  if (data.drive) {
    list.push({ label: 'vaccination.coverage.fact.target_area', value: data.area.name, type: 'text' });
    const { minAge, maxAge, sex } = data.drive.target;
    if (minAge !== null)
      list.push({ label: 'vaccination.coverage.fact.min_age', value: minAge, type: 'count' });
    if (maxAge !== null)
      list.push({ label: 'vaccination.coverage.fact.max_age', value: maxAge, type: 'count' });
    if (sex !== null)
      list.push({ label: 'vaccination.coverage.fact.sex', value: sexLabel(t, sex), type: 'text' });
  }
  list.push({ label: 'vaccination.coverage.fact.as_of', value: data.asOf, type: 'date' });
  list.push({ label: 'vaccination.coverage.fact.ages_on', value: data.agesOn, type: 'date' });
  return list;
}

/** The coverage report to read or print: per vaccine, the sex × age-band table and the table by area. */
export function coverageDocument(data: CoverageReport, t: Translate): ReportDocument {
  const subject = data.drive ? data.drive.name : data.area.name;
  const empty = t('vaccination.coverage.empty');
  return {
    file: `coverage_${fileSafe(data.drive ? data.drive.name : data.area.name)}_${data.asOf}`,
    title: 'vaccination.coverage.title',
    subject,
    subjectLabel: data.drive ? 'vaccination.coverage.fact.drive' : 'vaccination.coverage.fact.area',
    currency: null,
    facts: facts(data, t),
    notes: [
      t('vaccination.coverage.note.target', { count: data.targetCount }),
      t('vaccination.coverage.note.shares'),
    ],
    tables: data.vaccines.flatMap((v) => {
      const vaccine = `${v.vaccine.name} (${v.vaccine.code})`;
      const total = {
        sex: t('vaccination.coverage.total'),
        ageBand: '',
        area: t('vaccination.coverage.total'),
        ...figures(v.total),
      };
      return [
        {
          heading: t('vaccination.coverage.section.by_sex_age', { vaccine }),
          columns: [
            { key: 'sex', label: 'vaccination.coverage.column.sex', type: 'text' },
            { key: 'ageBand', label: 'vaccination.coverage.column.age_band', type: 'text' },
            ...figureColumns,
          ],
          rows: v.bySexAndAge.map((c) => ({
            sex: sexLabel(t, c.sex),
            ageBand: ageBandLabel(t, c.ageBand),
            ...figures(c),
          })),
          footer: data.targetCount > 0 ? [total] : [],
          empty,
        },
        {
          heading: t('vaccination.coverage.section.by_area', { vaccine }),
          columns: [
            { key: 'area', label: 'vaccination.coverage.column.area', type: 'text' },
            ...figureColumns,
          ],
          rows: v.areas.map((a) => ({
            area: a.own ? t('vaccination.coverage.own_area', { area: a.name }) : a.name,
            ...figures(a),
          })),
          footer: data.targetCount > 0 ? [total] : [],
          empty,
        },
      ];
    }),
  };
}

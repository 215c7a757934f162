import { formatDate, t } from '../../i18n/i18n.ts';
import { nextDoseNumber } from '../dose/dose-form.ts';
import type { SectionProps } from './section-props.ts';

/** Her doses, per vaccine of the catalogue, and the way to record the next one. */
export function VaccinationSection({ person, data, records }: SectionProps) {
  const driveName = new Map(data.drives.map((d) => [d.id, d.name]));
  const started = data.vaccines.filter((v) => records.doses.some((d) => d.vaccineId === v.id));
  return (
    <section aria-labelledby="person-doses">
      <h2 id="person-doses">
        <span aria-hidden="true">💉 </span>
        {t('outreach.person.doses')}
      </h2>
      {started.length === 0 && <p class="muted">{t('outreach.person.no_doses')}</p>}
      {started.map((vaccine) => {
        const doses = records.doses.filter((d) => d.vaccineId === vaccine.id);
        const next = nextDoseNumber(vaccine, doses);
        return (
          <article key={vaccine.id} class="card" aria-labelledby={`vaccine-${vaccine.id}`}>
            <h3 id={`vaccine-${vaccine.id}`}>
              {vaccine.name}{' '}
              <span class="muted">
                {t('outreach.person.doses_of', { given: doses.length, doses: vaccine.dosesInSeries })}
              </span>
            </h3>
            <ul class="list plain">
              {doses.map((dose) => (
                <li key={dose.id}>
                  {t('outreach.person.dose_line', { dose: dose.doseNumber, date: formatDate(dose.givenOn) })}
                  {dose.driveId && driveName.get(dose.driveId) ? ` · ${driveName.get(dose.driveId)}` : ''}
                  {dose.lotNumber ? ` · ${t('outreach.person.lot', { lot: dose.lotNumber })}` : ''}
                  {dose.pending && <span class="badge pending">{t('outreach.waiting')}</span>}
                </li>
              ))}
            </ul>
            {next <= vaccine.dosesInSeries && (
              <a
                class="button"
                href={`/outreach/people/${person.id}/dose?vaccine=${vaccine.id}&dose=${next}`}
              >
                {t('outreach.task.record_dose', { dose: next })}
              </a>
            )}
          </article>
        );
      })}
      <div class="actions">
        <a class="button primary" href={`/outreach/people/${person.id}/dose`}>
          <span aria-hidden="true">💉</span> {t('outreach.person.record_dose')}
        </a>
      </div>
    </section>
  );
}

import { formatDate, t } from '../../i18n/i18n.ts';
import { outcomeIcon, outcomeLabel } from '../hesitancy/words.ts';
import type { SectionProps } from './section-props.ts';

/** Her hesitancy visits, latest first, and the way to record another. */
export function HesitancySection({ person, data, records }: SectionProps) {
  const vaccineName = new Map(data.vaccines.map((v) => [v.id, v.name]));
  const visits = [...records.hesitancyVisits].reverse();
  return (
    <section aria-labelledby="person-hesitancy">
      <h2 id="person-hesitancy">
        <span aria-hidden="true">💬 </span>
        {t('outreach.person.hesitancy')}
      </h2>
      {visits.length === 0 && <p class="muted">{t('outreach.person.no_hesitancy')}</p>}
      <ul class="list plain">
        {visits.map((visit) => (
          <li key={visit.id}>
            {t('outreach.person.visit_line', {
              date: formatDate(visit.visitedOn),
              vaccine: vaccineName.get(visit.vaccineId) ?? '',
            })}{' '}
            <strong>
              <span aria-hidden="true">{outcomeIcon[visit.outcome]} </span>
              {t(outcomeLabel[visit.outcome])}
            </strong>
            {visit.nextVisitOn && (
              <span class="muted">
                {' '}
                · {t('outreach.person.next_visit', { date: formatDate(visit.nextVisitOn) })}
              </span>
            )}
            {visit.pending && <span class="badge pending">{t('outreach.waiting')}</span>}
          </li>
        ))}
      </ul>
      <div class="actions">
        <a class="button primary" href={`/outreach/people/${person.id}/hesitancy`}>
          <span aria-hidden="true">💬</span> {t('outreach.person.record_hesitancy')}
        </a>
      </div>
    </section>
  );
}

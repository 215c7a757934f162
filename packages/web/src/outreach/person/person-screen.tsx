import { ageInYearsOn } from '@groundwork/core';
import { fullName } from '../../field/format.ts';
import { localToday } from '../../field/groups/schedule.ts';
import { labelOf, sexLabels } from '../../field/labels.ts';
import { useLocal } from '../../field/use-local.ts';
import { formatDate, t } from '../../i18n/i18n.ts';
import { loadOutreach, personRecords } from '../local-data.ts';
import { hasConsent } from '../people.ts';
import { OutreachRefused } from '../refused.tsx';
import { TaskItem } from '../today/task-item.tsx';
import { todaysAgenda } from '../today/tasks.ts';
import { CareSection } from './care-section.tsx';
import { HesitancySection } from './hesitancy-section.tsx';
import { VaccinationSection } from './vaccination-section.tsx';

/** Her outreach page: who she is, what is due for her, and every health record kept about her. */
export function PersonScreen({ params }: { params: { id: string } }) {
  const today = localToday();
  const data = useLocal(() => loadOutreach(), []);
  if (!data) return <p>{t('app.loading')}</p>;
  const records = personRecords(data, params.id);
  const { person } = records;
  if (!person) return <p>{t('outreach.person.not_here')}</p>;
  const area = data.areas.find((a) => a.id === person.areaId)?.name;
  const age = ageInYearsOn(person, today);
  const sex = labelOf(sexLabels, person.sex);
  const consented = hasConsent(person);
  const agenda = todaysAgenda({ ...data, people: [person] }, today);
  const due = [...agenda.overdue, ...agenda.dueToday, ...agenda.upcoming];
  const vaccineName = (id: string) => data.vaccines.find((v) => v.id === id)?.name ?? '';
  const pregnancyOwner = (id: string) => data.pregnancies.find((p) => p.id === id)?.personId;
  return (
    <>
      <p>
        <a href="/outreach/people">← {t('outreach.find.title')}</a>
      </p>
      <h1>{fullName(person)}</h1>
      <p class="muted">
        {[
          sex ? t(sex) : person.sex,
          age === null ? null : t('outreach.person.age', { age }),
          area,
          person.phone,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {person.pending && <p class="badge pending">{t('outreach.waiting')}</p>}
      <OutreachRefused
        items={data.outbox}
        people={data.people}
        personId={person.id}
        pregnancyOwner={pregnancyOwner}
      />
      {consented ? (
        <p class="consent-given">
          <span aria-hidden="true">✔ </span>
          {t('outreach.consent.given_on', {
            date: person.consent?.date ? formatDate(person.consent.date) : '',
          })}
        </p>
      ) : (
        <div class="card warning" role="note">
          <p>
            <span aria-hidden="true">⚠ </span>
            {person.consent
              ? t('outreach.consent.refused_on', { date: formatDate(person.consent.date ?? today) })
              : t('outreach.consent.not_asked')}
          </p>
          <p>{t('outreach.consent.needed')}</p>
          <a class="button primary" href={`/outreach/people/${person.id}/consent`}>
            {t('outreach.consent.record')}
          </a>
        </div>
      )}
      {consented && (
        <>
          <section aria-labelledby="person-due">
            <h2 id="person-due">{t('outreach.person.due', { count: due.length })}</h2>
            {due.length === 0 ? (
              <p class="muted">{t('outreach.person.nothing_due')}</p>
            ) : (
              <ul class="list tasks">
                {due.map((task) => (
                  <TaskItem
                    key={`${task.kind}-${task.refId}`}
                    task={task}
                    when={t('outreach.today.due_on', { date: formatDate(task.dueOn) })}
                    vaccineName={vaccineName}
                  />
                ))}
              </ul>
            )}
          </section>
          <VaccinationSection person={person} data={data} records={records} />
          <HesitancySection person={person} data={data} records={records} />
          <CareSection person={person} data={data} records={records} today={today} />
        </>
      )}
    </>
  );
}

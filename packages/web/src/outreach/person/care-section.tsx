import { checkChildPlan, newId } from '@groundwork/core';
import { useState } from 'preact/hooks';
import { formatDate, formatNumber, t } from '../../i18n/i18n.ts';
import { enqueue } from '../../sync/outbox.ts';
import { outreachCommands } from '../commands.ts';
import { currentPregnancy } from '../pregnancy-records.ts';
import type { SectionProps } from './section-props.ts';

/** Her follow-up plans with their home visits, and her pregnancy: registration, delivery, postnatal care. */
export function CareSection({ person, records, today }: SectionProps & { today: string }) {
  const [starting, setStarting] = useState(false);
  const plans = records.plans.filter((p) => p.endedOn === null);
  const childPlan = plans.find((p) => p.kind === 'child_under_five');
  const canStartChild = !childPlan && checkChildPlan(person, today).ok;
  const pregnancy = currentPregnancy(records.pregnancies);
  const delivered = [...records.pregnancies].reverse().find((p) => p.delivery !== null);
  const visits = [...records.homeVisits].reverse();
  const base = `/outreach/people/${person.id}`;

  async function startChildPlan() {
    setStarting(true);
    try {
      await enqueue(outreachCommands.planStart, {
        id: newId(),
        personId: person.id,
        kind: 'child_under_five',
        startsOn: today,
      });
    } finally {
      setStarting(false);
    }
  }

  return (
    <>
      <section aria-labelledby="person-home-visits">
        <h2 id="person-home-visits">
          <span aria-hidden="true">🏠 </span>
          {t('outreach.person.home_visits')}
        </h2>
        {plans.length === 0 && <p class="muted">{t('outreach.person.no_plans')}</p>}
        <ul class="list plain">
          {plans.map((plan) => (
            <li key={plan.id}>
              {t(plan.kind === 'pregnancy' ? 'outreach.plan.pregnancy' : 'outreach.plan.child', {
                date: formatDate(plan.startsOn),
              })}
              {plan.pending && <span class="badge pending">{t('outreach.waiting')}</span>}
            </li>
          ))}
          {visits.map((visit) => (
            <li key={visit.id}>
              {t('outreach.person.home_visit_line', { date: formatDate(visit.visitedOn) })}
              {visit.observations.weightGrams !== null &&
                ` · ${t('outreach.home.weight_value', { kg: formatNumber(visit.observations.weightGrams / 1000) })}`}
              {visit.observations.muacMm !== null &&
                ` · ${t('outreach.home.muac_value', { mm: visit.observations.muacMm })}`}
              {visit.severeAcuteMalnutrition && (
                <strong class="error"> · {t('outreach.home.sam_short')}</strong>
              )}
              {visit.referral && ` · ${t('outreach.home.referred', { to: visit.referral.to })}`}
              {visit.pending && <span class="badge pending">{t('outreach.waiting')}</span>}
            </li>
          ))}
        </ul>
        <div class="actions">
          <a class="button primary" href={`${base}/home-visit`}>
            <span aria-hidden="true">🏠</span> {t('outreach.person.record_home_visit')}
          </a>
          {canStartChild && (
            <button type="button" onClick={startChildPlan} disabled={starting}>
              <span aria-hidden="true">🧒</span> {t('outreach.plan.start_child')}
            </button>
          )}
        </div>
      </section>
      {person.sex === 'female' && (
        <section aria-labelledby="person-pregnancy">
          <h2 id="person-pregnancy">
            <span aria-hidden="true">🤰 </span>
            {t('outreach.person.pregnancy')}
          </h2>
          {pregnancy ? (
            <p>
              {t('outreach.pregnancy.current', {
                registered: formatDate(pregnancy.registeredOn),
                expected: formatDate(pregnancy.expectedDeliveryOn),
              })}
              {pregnancy.pending && <span class="badge pending">{t('outreach.waiting')}</span>}
            </p>
          ) : (
            <p class="muted">{t('outreach.pregnancy.none')}</p>
          )}
          {delivered?.delivery && (
            <p>
              {t('outreach.pregnancy.delivered', {
                date: formatDate(delivered.delivery.deliveredOn),
                visits: delivered.postnatalVisits.length,
              })}
            </p>
          )}
          <div class="actions">
            {pregnancy ? (
              <a class="button primary" href={`${base}/delivery?pregnancy=${pregnancy.id}`}>
                <span aria-hidden="true">👶</span> {t('outreach.pregnancy.record_delivery')}
              </a>
            ) : (
              <a class="button primary" href={`${base}/pregnancy`}>
                <span aria-hidden="true">🤰</span> {t('outreach.pregnancy.register')}
              </a>
            )}
            {delivered && (
              <a class="button" href={`${base}/postnatal?pregnancy=${delivered.id}`}>
                <span aria-hidden="true">🩺</span> {t('outreach.task.record_postnatal')}
              </a>
            )}
          </div>
        </section>
      )}
    </>
  );
}

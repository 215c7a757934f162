import { formatDate, t } from '../../i18n/i18n.ts';
import type { LocalPerson } from '../../local/queries.ts';
import { fullName, money } from '../format.ts';
import { localToday } from '../groups/schedule.ts';
import { labelOf, sexLabels } from '../labels.ts';
import { useLocal } from '../use-local.ts';
import { LoanSchedule } from './loan-schedule.tsx';
import { loadMemberPage } from './member-data.ts';
import { PassbookView } from './passbook-view.tsx';

function Details({ person, joinedOn }: { person: LocalPerson; joinedOn: string }) {
  const sex = labelOf(sexLabels, person.sex);
  const consent = person.consent
    ? person.consent.given
      ? t('field.member.consent_given')
      : t('field.member.consent_refused')
    : t('field.member.consent_not_asked');
  const rows: [string, string][] = [
    [t('field.member.sex'), sex ? t(sex) : person.sex],
    [
      t('field.member.born'),
      person.birthDate ? formatDate(person.birthDate) : String(person.birthYear ?? '—'),
    ],
    [t('field.member.phone'), person.phone ?? '—'],
    [t('field.member.occupation'), person.occupation ?? '—'],
    [t('field.member.joined'), formatDate(joinedOn)],
    [t('field.member.consent'), consent],
  ];
  return (
    <dl class="details">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One member: who she is, what she has saved and owes, her open loans and her passbook. */
export function MemberScreen({ params }: { params: { groupId: string; personId: string } }) {
  const { groupId, personId } = params;
  const today = localToday();
  const page = useLocal(() => loadMemberPage(groupId, personId, today), [groupId, personId, today]);
  if (!page) return <p>{t('app.loading')}</p>;
  const { group, member, balance, currency, loans, waiting } = page;
  if (!member?.person) return <p>{t('field.member.not_here')}</p>;
  return (
    <>
      <p class="no-print">
        <a href={`/groups/${groupId}`}>← {group?.name ?? t('app.back')}</a>
      </p>
      <h1>{fullName(member.person)}</h1>
      {waiting && <p class="badge pending">{t('field.member.changes_waiting')}</p>}
      <div class="no-print">
        <Details person={member.person} joinedOn={member.membership.joinedOn} />
        <div class="actions">
          <a class="button" href={`/groups/${groupId}/members/${personId}/edit`}>
            {t('field.member.edit')}
          </a>
        </div>
        {balance && currency && (
          <dl class="balances">
            <div>
              <dt>{t('field.member.savings')}</dt>
              <dd class="money">{money(balance.savings, currency)}</dd>
            </div>
            <div>
              <dt>{t('field.member.loan_outstanding')}</dt>
              <dd class="money">{money(balance.loanOutstanding, currency)}</dd>
            </div>
            <div>
              <dt>{t('field.member.fines_due')}</dt>
              <dd class="money">{money(balance.finesDue, currency)}</dd>
            </div>
          </dl>
        )}
        {currency && loans.length > 0 && (
          <section aria-labelledby="loans-title">
            <h2 id="loans-title">{t('field.member.open_loans')}</h2>
            {loans.map((loan) => (
              <LoanSchedule key={loan.id} loan={loan} currency={currency} />
            ))}
          </section>
        )}
      </div>
      <PassbookView groupId={groupId} personId={personId} />
    </>
  );
}

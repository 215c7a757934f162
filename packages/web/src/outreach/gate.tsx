import type { ComponentChildren } from 'preact';
import { fullName } from '../field/format.ts';
import { t } from '../i18n/i18n.ts';
import { hasConsent, type OutreachPerson } from './people.ts';
import type { PersonForm } from './use-person.ts';

/** The heading of a form about her, with the way back to her page. */
export function FormHead({ person, title }: { person: OutreachPerson; title: string }) {
  return (
    <>
      <p>
        <a href={`/outreach/people/${person.id}`}>← {fullName(person)}</a>
      </p>
      <h1>{title}</h1>
    </>
  );
}

/**
 * What a health form shows before its fields: loading, a person the phone does not have, or one who has
 * not consented, for whom no health record may be kept (the server refuses it too).
 */
export function HealthGate({
  form,
  children,
}: {
  form: PersonForm | undefined;
  children: (person: OutreachPerson, form: PersonForm) => ComponentChildren;
}) {
  if (!form) return <p>{t('app.loading')}</p>;
  const person = form.records.person;
  if (!person) return <p>{t('outreach.person.not_here')}</p>;
  if (!hasConsent(person)) {
    return (
      <>
        <FormHead person={person} title={fullName(person)} />
        <p class="card warning" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('outreach.consent.needed')}
        </p>
        <a class="button primary" href={`/outreach/people/${person.id}/consent`}>
          {t('outreach.consent.record')}
        </a>
      </>
    );
  }
  return <>{children(person, form)}</>;
}

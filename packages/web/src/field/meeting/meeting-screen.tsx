import { formatMoney, numberLocaleOf } from '@groundwork/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { locale, t, type WebKey } from '../../i18n/i18n.ts';
import { session } from '../../session/session.ts';
import { enqueue, outboxItems, refreshOutbox } from '../../sync/outbox.ts';
import { AttendanceStep } from './attendance-step.tsx';
import { type MeetingDraft, newDraft } from './draft.ts';
import { FinesStep } from './fines-step.tsx';
import { keepsBooks } from './group-data.ts';
import { LoanStep } from './loan-step.tsx';
import { clearDraft, loadMeetingData, type MeetingData, saveDraft } from './meeting-store.ts';
import { NotesStep } from './notes-step.tsx';
import { meetingPayload } from './payload.ts';
import { localToday, queuedMeetings, takenDates } from './pending.ts';
import { QueuedNotice } from './queued-notice.tsx';
import { RepaymentsStep } from './repayments-step.tsx';
import { SavingsStep } from './savings-step.tsx';
import { type MeetingContext, workOut } from './sheet.ts';
import type { StepProps } from './step-props.ts';
import { type StepName, stepOfProblem, stepsFor } from './steps.ts';
import { SummaryStep } from './summary-step.tsx';
import './meeting.css';

const stepTitle: Record<StepName, WebKey> = {
  attendance: 'meeting.step.attendance',
  savings: 'meeting.step.savings',
  repayments: 'meeting.step.repayments',
  fines: 'meeting.step.fines',
  loans: 'meeting.step.loans',
  notes: 'meeting.step.notes',
  summary: 'meeting.step.summary',
};

const stepBody = {
  attendance: AttendanceStep,
  savings: SavingsStep,
  repayments: RepaymentsStep,
  fines: FinesStep,
  loans: LoanStep,
  notes: NotesStep,
} as const;

/** Runs a group's meeting on the phone, offline, from the attendance to the closing summary. */
export function MeetingScreen({ params }: { params: { id: string } }) {
  const groupId = params.id;
  const { route } = useLocation();
  const [data, setData] = useState<MeetingData | null>();
  const [draft, setDraft] = useState<MeetingDraft>();
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef<number | undefined>(undefined);

  useEffect(() => {
    let live = true;
    Promise.all([loadMeetingData(groupId), refreshOutbox()]).then(([loaded]) => {
      if (!live) return;
      setData(loaded ?? null);
      setDraft(loaded?.draft ?? newDraft(groupId, localToday()));
    });
    return () => {
      live = false;
    };
  }, [groupId]);

  useEffect(() => {
    if (!draft) return;
    if (shownStep.current !== undefined && shownStep.current !== draft.step) heading.current?.focus();
    shownStep.current = draft.step;
  }, [draft?.step]);

  if (data === undefined || !draft) return <p>{t('app.loading')}</p>;
  if (data === null) {
    return (
      <>
        <h1>{t('meeting.title_plain')}</h1>
        <p>{t('meeting.group_missing')}</p>
        <a href="/">{t('nav.groups')}</a>
      </>
    );
  }

  const currency = session.value?.organisation.currency ?? data.finance?.currency ?? 'INR';
  const numberLocale = numberLocaleOf(locale.value);
  const queued = queuedMeetings(outboxItems.value, groupId);
  const ctx: MeetingContext = {
    group: data.group,
    members: data.members,
    finance: data.finance,
    takenDates: takenDates(data.recordedDates, queued),
    currency,
    numberLocale,
    today: localToday(),
  };
  const sheet = workOut(draft, ctx);
  const books = keepsBooks(data.group.kind);
  const steps = stepsFor(books);
  const at = Math.min(draft.step, steps.length - 1);
  const step = steps[at] ?? 'summary';
  const money = (minor: number) => formatMoney(minor, currency, numberLocale);

  const update = (next: MeetingDraft) => {
    setDraft(next);
    saveDraft(next);
  };
  const goTo = (next: number) => update({ ...draft, step: next });

  const confirm = async () => {
    setSending(true);
    setFailed(false);
    try {
      await enqueue('meeting.record', meetingPayload(draft, sheet, ctx), groupId);
      await clearDraft(groupId);
      route(`/groups/${groupId}`);
    } catch {
      setFailed(true);
      setSending(false);
    }
  };
  const discard = async () => {
    await clearDraft(groupId);
    route(`/groups/${groupId}`);
  };

  const props: StepProps = { draft, sheet, ctx, update, money };
  const Body = step === 'summary' ? undefined : stepBody[step];
  return (
    <div class="meeting">
      <a class="back" href={`/groups/${groupId}`}>
        <span aria-hidden="true">←</span> {data.group.name}
      </a>
      <h1>{t('meeting.title', { group: data.group.name })}</h1>
      <QueuedNotice queued={queued} />
      <nav aria-label={t('meeting.steps_label')}>
        <ol class="steps">
          {steps.map((name, i) => (
            <li key={name}>
              <button
                type="button"
                aria-current={i === at ? 'step' : undefined}
                aria-label={t('meeting.step_of', {
                  number: i + 1,
                  count: steps.length,
                  title: t(stepTitle[name]),
                })}
                onClick={() => goTo(i)}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <h2 ref={heading} tabIndex={-1}>
        <span class="muted">{t('meeting.step_count', { number: at + 1, count: steps.length })}</span>{' '}
        {t(stepTitle[step])}
      </h2>
      {Body ? (
        <Body {...props} />
      ) : (
        <SummaryStep
          {...props}
          books={books}
          sending={sending}
          stepOf={(p) => stepOfProblem(steps, p)}
          goTo={goTo}
          onConfirm={confirm}
          onDiscard={discard}
        />
      )}
      {failed && (
        <p class="problem" role="alert">
          {t('meeting.save_failed')}
        </p>
      )}
      <div class="step-bar">
        <button type="button" disabled={at === 0} onClick={() => goTo(at - 1)}>
          <span aria-hidden="true">←</span> {t('meeting.previous')}
        </button>
        {at < steps.length - 1 && (
          <button type="button" class="primary" onClick={() => goTo(at + 1)}>
            {t('meeting.next')} <span aria-hidden="true">→</span>
          </button>
        )}
      </div>
    </div>
  );
}

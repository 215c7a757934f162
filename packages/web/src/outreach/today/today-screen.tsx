import { fullName } from '../../field/format.ts';
import { localToday } from '../../field/groups/schedule.ts';
import { useLocal } from '../../field/use-local.ts';
import { formatDate, t, type WebKey } from '../../i18n/i18n.ts';
import { loadOutreach } from '../local-data.ts';
import { OutreachRefused } from '../refused.tsx';
import { TaskItem } from './task-item.tsx';
import { type PersonTask, todaysAgenda } from './tasks.ts';

interface PartProps {
  id: string;
  title: WebKey;
  empty: WebKey;
  tasks: PersonTask[];
  when: (task: PersonTask) => string;
  vaccineName: (id: string) => string;
}

function Part({ id, title, empty, tasks, when, vaccineName }: PartProps) {
  return (
    <section aria-labelledby={id} class="task-part">
      <h2 id={id}>{t(title, { count: tasks.length })}</h2>
      {tasks.length === 0 ? (
        <p class="muted">{t(empty)}</p>
      ) : (
        <ul class="list tasks">
          {tasks.map((task) => (
            <TaskItem
              key={`${task.kind}-${task.personId}-${task.refId}`}
              task={task}
              name={fullName(task.person)}
              when={when(task)}
              vaccineName={vaccineName}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The three parts of the list, in the order the worker reads them. */
const parts = [
  {
    id: 'tasks-overdue',
    title: 'outreach.today.overdue',
    empty: 'outreach.today.none_overdue',
    tasks: 'overdue',
    when: (task: PersonTask) => t('outreach.today.due_since', { date: formatDate(task.dueOn) }),
  },
  {
    id: 'tasks-today',
    title: 'outreach.today.due_today',
    empty: 'outreach.today.none_today',
    tasks: 'dueToday',
    when: () => t('outreach.today.due_now'),
  },
  {
    id: 'tasks-upcoming',
    title: 'outreach.today.upcoming',
    empty: 'outreach.today.none_upcoming',
    tasks: 'upcoming',
    when: (task: PersonTask) => t('outreach.today.due_on', { date: formatDate(task.dueOn) }),
  },
] as const satisfies readonly {
  id: string;
  title: WebKey;
  empty: WebKey;
  tasks: string;
  when: (task: PersonTask) => string;
}[];

/** What the worker must do: what she is late with, what is due today, and what comes in the next week. */
export function TodayScreen() {
  const today = localToday();
  const data = useLocal(() => loadOutreach(), []);
  if (!data) return <p>{t('app.loading')}</p>;
  const agenda = todaysAgenda(data, today);
  const names = new Map(data.vaccines.map((v) => [v.id, v.name]));
  const vaccineName = (id: string) => names.get(id) ?? '';
  return (
    <>
      <h1>{t('outreach.today.title')}</h1>
      <p class="muted">{t('outreach.today.date', { date: formatDate(today) })}</p>
      <OutreachRefused items={data.outbox} people={data.people} />
      {parts.map((part) => (
        <Part
          key={part.id}
          id={part.id}
          title={part.title}
          empty={part.empty}
          tasks={agenda[part.tasks]}
          when={part.when}
          vaccineName={vaccineName}
        />
      ))}
      <div class="actions">
        <a class="button big" href="/outreach/people">
          <span aria-hidden="true">🔍</span> {t('outreach.find.title')}
        </a>
      </div>
    </>
  );
}

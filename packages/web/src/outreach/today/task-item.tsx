import { taskAction, taskIcon, taskWhat } from './task-words.ts';
import { type PersonTask, taskHref } from './tasks.ts';

interface Props {
  task: PersonTask;
  /** Whom it is for, on the day's list of everyone; left out on her own page. */
  name?: string;
  when: string;
  vaccineName: (id: string) => string;
}

/** One task in a list: what is due and when, with the button that opens its form. */
export function TaskItem({ task, name, when, vaccineName }: Props) {
  return (
    <li class="task">
      {name !== undefined && <span class="member-name">{name}</span>}
      <span>
        <span aria-hidden="true">{taskIcon[task.kind]} </span>
        {taskWhat(task, vaccineName)}
      </span>
      <span class="muted">{when}</span>
      <a class="button primary" href={taskHref(task)}>
        {taskAction(task)}
      </a>
    </li>
  );
}

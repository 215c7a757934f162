import { useState } from 'preact/hooks';
import { NetworkError } from '../api/client.ts';
import { formatNumber, t } from '../i18n/i18n.ts';
import './coordinator.css';
import { badRows, type ImportReport, isReport, overall, type Phase } from './import-progress.ts';
import { postWithProgress, readFile } from './upload.ts';

type Kind = 'people' | 'groups';

type Step =
  | { name: 'idle' }
  | { name: 'working'; phase: Phase; value: number }
  | { name: 'checked'; report: ImportReport; csv: string; file: string }
  | { name: 'refused'; report: ImportReport }
  | { name: 'done'; report: ImportReport }
  | { name: 'failed'; message: string };

const phaseText: Record<Phase, () => string> = {
  reading: () => t('import.reading'),
  checking: () => t('import.checking'),
  applying: () => t('import.applying'),
};

function failure(status: number, data: unknown): Step {
  const detail = data && typeof data === 'object' && 'detail' in data ? String(data.detail) : '';
  return { name: 'failed', message: detail || t('error.server', { status }) };
}

function ErrorTable({ report }: { report: ImportReport }) {
  return (
    <>
      <p class="error" role="alert">
        {t('import.rows_invalid', { count: badRows(report.errors), rows: report.rows })}
      </p>
      <div class="scroll">
        <table>
          <caption class="visually-hidden">{t('import.errors_caption')}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('import.row')}
              </th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e) => (
              <tr key={`${e.row}-${e.column}-${e.message}`}>
                <td class="num">{formatNumber(e.row)}</td>
                <td>
                  <code>{e.column}</code>
                </td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function ImportScreen() {
  const [kind, setKind] = useState<Kind>('people');
  const [file, setFile] = useState<File | undefined>();
  const [step, setStep] = useState<Step>({ name: 'idle' });

  async function send(csv: string, name: string, dryRun: boolean): Promise<Step> {
    const phase: Phase = dryRun ? 'checking' : 'applying';
    setStep({ name: 'working', phase, value: overall(phase, 0) });
    const answer = await postWithProgress(`/api/imports/${kind}`, { csv, dryRun, file: name }, (f) =>
      setStep({ name: 'working', phase, value: overall(phase, f * 0.9) }),
    );
    if (!isReport(answer.data)) return failure(answer.status, answer.data);
    const report = answer.data;
    if (report.errors.length > 0) return { name: 'refused', report };
    return dryRun ? { name: 'checked', report, csv, file: name } : { name: 'done', report };
  }

  async function run(work: () => Promise<Step>) {
    try {
      setStep(await work());
    } catch (error) {
      setStep({
        name: 'failed',
        message: error instanceof NetworkError ? t('error.network') : String(error),
      });
    }
  }

  const check = (e: Event) => {
    e.preventDefault();
    if (!file) return;
    run(async () => {
      setStep({ name: 'working', phase: 'reading', value: 0 });
      const csv = await readFile(file, (f) =>
        setStep({ name: 'working', phase: 'reading', value: overall('reading', f) }),
      );
      return send(csv, file.name, true);
    });
  };

  const busy = step.name === 'working';
  return (
    <>
      <h1>{t('nav.import')}</h1>
      <p>{t('import.intro')}</p>
      <form onSubmit={check}>
        <fieldset>
          <legend>{t('import.what')}</legend>
          {(['people', 'groups'] as const).map((k) => (
            <label key={k} class="choice">
              <input
                type="radio"
                name="import-kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setStep({ name: 'idle' });
                }}
              />{' '}
              {k === 'people' ? t('import.people') : t('import.groups')}
            </label>
          ))}
        </fieldset>
        <label for="import-file">{t('import.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            setFile((e.target as HTMLInputElement).files?.[0]);
            setStep({ name: 'idle' });
          }}
        />
        <p class="muted">{t('import.hint')}</p>
        <div class="actions">
          <button type="submit" class="primary" disabled={!file || busy}>
            {t('import.check')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {step.name === 'working' && (
          <>
            <label for="import-progress">{phaseText[step.phase]()}</label>
            <progress id="import-progress" max={100} value={step.value}>
              {step.value} %
            </progress>
          </>
        )}
        {step.name === 'checked' && (
          <div class="card">
            <p>{t('import.ready', { count: step.report.applied, before: step.report.before })}</p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={step.report.applied === 0}
                onClick={() => run(() => send(step.csv, step.file, false))}
              >
                {t('import.apply', { count: step.report.applied })}
              </button>
            </div>
          </div>
        )}
        {step.name === 'done' && (
          <p class="card" role="status">
            {t('import.done', { count: step.report.applied, before: step.report.before })}
          </p>
        )}
        {step.name === 'failed' && (
          <p class="error" role="alert">
            {step.message}
          </p>
        )}
      </div>
      {step.name === 'refused' && <ErrorTable report={step.report} />}
    </>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { NetworkError } from '../../api/client.ts';
import { formatDate, formatDateTime, t, type WebKey } from '../../i18n/i18n.ts';
import { money } from '../format.ts';
import { entryKindLabels, labelOf } from '../labels.ts';
import {
  fetchPassbook,
  openPrintablePassbook,
  type Passbook,
  type PassbookCopy,
  type PassbookLine,
  type PassbookSection,
  savedPassbook,
} from './passbook.ts';

type Columns = [column: string, label: WebKey][];

const savingsColumns: Columns = [
  ['deposit', 'field.passbook.col.deposit'],
  ['withdrawal', 'field.passbook.col.withdrawal'],
];
const loanColumns: Columns = [
  ['disbursed', 'field.passbook.col.disbursed'],
  ['principal', 'field.passbook.col.principal'],
  ['interest', 'field.passbook.col.interest'],
  ['penalty', 'field.passbook.col.penalty'],
  ['writtenOff', 'field.passbook.col.written_off'],
];
const fineColumns: Columns = [
  ['levied', 'field.passbook.col.levied'],
  ['paid', 'field.passbook.col.paid'],
  ['waived', 'field.passbook.col.waived'],
];
const socialFundColumns: Columns = [
  ['contributed', 'field.passbook.col.contributed'],
  ['paidOut', 'field.passbook.col.paid_out'],
];

function describe(line: PassbookLine): string {
  const label = (kind: string) => {
    const key = labelOf(entryKindLabels, kind);
    return key ? t(key) : kind;
  };
  if (line.reverses) return t('field.passbook.correction', { kind: label(line.reverses.kind) });
  if (line.reversed) return t('field.passbook.corrected', { kind: label(line.kind) });
  return label(line.kind);
}

const amountOf = (line: PassbookLine, column: string) =>
  typeof line[column] === 'number' ? (line[column] as number) : 0;

function Section(props: { title: string; section: PassbookSection; columns: Columns; currency: string }) {
  const { section, currency } = props;
  const columns = props.columns.filter(([c]) => section.lines.some((line) => amountOf(line, c) !== 0));
  const show = (minor: number) => (minor === 0 ? '' : money(minor, currency));
  return (
    <section class="passbook-section">
      <h3>{props.title}</h3>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('field.passbook.col.date')}</th>
              <th scope="col">{t('field.passbook.col.entry')}</th>
              {columns.map(([column, label]) => (
                <th key={column} scope="col" class="num">
                  {t(label)}
                </th>
              ))}
              <th scope="col" class="num">
                {t('field.passbook.col.balance')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td colSpan={columns.length + 2}>{t('field.passbook.opening')}</td>
              <td class="num money">{money(section.opening, currency)}</td>
            </tr>
            {section.lines.map((line) => (
              <tr key={line.entryId}>
                <td>{formatDate(line.date)}</td>
                <td>{describe(line)}</td>
                {columns.map(([column]) => (
                  <td key={column} class="num money">
                    {show(amountOf(line, column))}
                  </td>
                ))}
                <td class="num money">{money(line.balance, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PassbookPages({ passbook }: { passbook: Passbook }) {
  const c = passbook.currency;
  return (
    <>
      <p>
        {passbook.group.name} · {passbook.member.name} ·{' '}
        {t('field.passbook.period', { from: formatDate(passbook.from), to: formatDate(passbook.to) })}
      </p>
      <Section
        title={t('field.passbook.savings')}
        section={passbook.savings}
        columns={savingsColumns}
        currency={c}
      />
      {passbook.loans.map((loan) => (
        <Section
          key={loan.loanId}
          title={t('field.member.loan_of', {
            date: formatDate(loan.disbursedOn),
            amount: money(loan.principal, c),
          })}
          section={loan}
          columns={loanColumns}
          currency={c}
        />
      ))}
      <Section
        title={t('field.passbook.fines')}
        section={passbook.fines}
        columns={fineColumns}
        currency={c}
      />
      <Section
        title={t('field.passbook.social_fund')}
        section={passbook.socialFund}
        columns={socialFundColumns}
        currency={c}
      />
    </>
  );
}

/**
 * Her passbook: fetched when the phone is online, otherwise the copy kept from the last time, with its
 * date. Printing prints the passbook alone.
 */
export function PassbookView({ groupId, personId }: { groupId: string; personId: string }) {
  const [copy, setCopy] = useState<PassbookCopy | undefined>(undefined);
  const [state, setState] = useState<'loading' | 'fresh' | 'offline' | 'failed'>('loading');
  const [printError, setPrintError] = useState(false);

  useEffect(() => {
    let live = true;
    savedPassbook(groupId, personId).then((saved) => {
      if (live && saved) setCopy(saved);
    });
    fetchPassbook(groupId, personId).then(
      (fresh) => {
        if (!live) return;
        setCopy(fresh);
        setState('fresh');
      },
      (error: unknown) => {
        if (live) setState(error instanceof NetworkError ? 'offline' : 'failed');
      },
    );
    return () => {
      live = false;
    };
  }, [groupId, personId]);

  async function openPrintable() {
    setPrintError(false);
    const target = window.open('', '_blank');
    if (!target) return;
    try {
      await openPrintablePassbook(groupId, personId, target);
    } catch {
      target.close();
      setPrintError(true);
    }
  }

  return (
    <section class="passbook" aria-labelledby="passbook-title">
      <h2 id="passbook-title">{t('field.passbook.title')}</h2>
      {state === 'loading' && !copy && <p>{t('app.loading')}</p>}
      {state === 'offline' && (
        <p class="muted">
          {copy
            ? t('field.passbook.offline_copy', { date: formatDateTime(copy.fetchedAt) })
            : t('field.passbook.offline_none')}
        </p>
      )}
      {state === 'failed' && <p class="error">{t('field.passbook.failed')}</p>}
      {copy && (
        <>
          <PassbookPages passbook={copy.passbook} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => window.print()}>
              {t('field.passbook.print')}
            </button>
            <button type="button" onClick={openPrintable}>
              {t('field.passbook.printable')}
            </button>
          </div>
          {printError && <p class="error">{t('field.passbook.printable_failed')}</p>}
        </>
      )}
    </section>
  );
}

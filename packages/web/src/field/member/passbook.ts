import { api } from '../../api/client.ts';
import { localDb } from '../../local/db.ts';
import { session } from '../../session/session.ts';

/** One line of a passbook section: the entry, what it did in each column, and the balance after it. */
export interface PassbookLine {
  date: string;
  entryId: string;
  kind: string;
  reverses: { entryId: string; kind: string } | null;
  reversed: boolean;
  note: string | null;
  balance: number;
  [column: string]: unknown;
}

export interface PassbookSection {
  opening: number;
  lines: PassbookLine[];
  closing: number;
}

export interface PassbookLoan extends PassbookSection {
  loanId: string;
  disbursedOn: string;
  principal: number;
}

/** `GET /api/groups/:id/passbook/:personId?format=json`, as the server's reports build it. */
export interface Passbook {
  report: 'passbook';
  from: string;
  to: string;
  currency: string;
  group: { id: string; name: string };
  member: { id: string; name: string };
  savings: PassbookSection;
  loans: PassbookLoan[];
  fines: PassbookSection;
  socialFund: PassbookSection;
  closing: { savings: number; loans: number; fines: number; socialFund: number };
}

/** The last passbook fetched, kept to be shown offline with the time it was fetched. */
export interface PassbookCopy {
  fetchedAt: string;
  passbook: Passbook;
}

const metaKey = (groupId: string, personId: string) => `passbook:${groupId}:${personId}`;
const passbookPath = (groupId: string, personId: string) => `/api/groups/${groupId}/passbook/${personId}`;

export async function savedPassbook(groupId: string, personId: string): Promise<PassbookCopy | undefined> {
  return (await (await localDb()).get('meta', metaKey(groupId, personId))) as PassbookCopy | undefined;
}

/** Fetches her passbook and keeps the copy; throws NetworkError offline (the saved copy stays). */
export async function fetchPassbook(groupId: string, personId: string): Promise<PassbookCopy> {
  const passbook = await api<Passbook>(`${passbookPath(groupId, personId)}?format=json`);
  const copy = { fetchedAt: new Date().toISOString(), passbook };
  await (await localDb()).put('meta', copy, metaKey(groupId, personId));
  return copy;
}

/**
 * The server's printable page of her passbook. The session travels as a bearer token, which a plain
 * link cannot carry, so the page is fetched here and shown from memory in the window opened for it.
 */
export async function openPrintablePassbook(
  groupId: string,
  personId: string,
  target: Window,
): Promise<void> {
  const current = session.value;
  const response = await fetch(`${passbookPath(groupId, personId)}?format=html`, {
    headers: current
      ? { authorization: `Bearer ${current.token}`, 'accept-language': current.user.locale }
      : undefined,
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(response.statusText);
  const page = new Blob([await response.text()], { type: 'text/html' });
  target.location.href = URL.createObjectURL(page);
}

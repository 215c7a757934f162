import { t } from '../i18n/i18n.ts';
import { session } from '../session/session.ts';
import { NetworkError } from './client.ts';

/** The file name the server gives (`attachment; filename="x.csv"`), else the one the screen chose. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/** Downloads an export with the session's token (a plain link would carry none) and saves it as a file. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const current = session.value;
  const response = await fetch(path, {
    headers: current
      ? { authorization: `Bearer ${current.token}`, 'accept-language': current.user.locale }
      : {},
  }).catch(() => {
    throw new NetworkError('offline');
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => undefined)) as { detail?: string } | undefined;
    throw new Error(problem?.detail ?? t('error.server', { status: response.status }));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  link.click();
  URL.revokeObjectURL(url);
}

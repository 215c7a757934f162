/** A refusal from the server: RFC 9457 problem details, already in the reader's language. */
export interface Problem {
  status: number;
  code: string;
  title?: string;
  detail: string;
  field?: string;
  issues?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** The request never reached the server (no network, server down): worth retrying later. */
export class NetworkError extends Error {}

export interface Credentials {
  token: string;
  locale: string;
}

let credentials: Credentials | undefined;

export function useCredentials(next: Credentials | undefined): void {
  credentials = next;
}

/** JSON over HTTP with the session's bearer token; the server answers in the reader's language. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (credentials) {
    headers.authorization = `Bearer ${credentials.token}`;
    headers['accept-language'] = credentials.locale;
  }
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
      credentials: 'omit',
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new NetworkError(String(error));
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (data && typeof data === 'object' && 'code' in data) throw new ApiError(data as Problem);
    throw new ApiError({ status: response.status, code: 'http.error', detail: response.statusText });
  }
  return data as T;
}

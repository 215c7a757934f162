import { NetworkError } from '../api/client.ts';
import { session } from '../session/session.ts';

export interface Answer {
  status: number;
  data: unknown;
}

/**
 * POSTs JSON and tells how much of it has gone up (fetch cannot): a large CSV on a slow line takes a while.
 * Answers the status and the parsed body, whatever the status; throws NetworkError when nothing came back.
 */
export function postWithProgress(
  path: string,
  body: unknown,
  onProgress: (fraction: number) => void,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    const current = session.value;
    if (current) {
      xhr.setRequestHeader('authorization', `Bearer ${current.token}`);
      xhr.setRequestHeader('accept-language', current.user.locale);
    }
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      resolve({ status: xhr.status, data });
    };
    xhr.onerror = () => reject(new NetworkError('upload failed'));
    xhr.send(JSON.stringify(body));
  });
}

/** The file's text, telling how much has been read. */
export function readFile(file: File, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

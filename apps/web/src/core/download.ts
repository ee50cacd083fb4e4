import { readToken } from './token.js';

/** GETs a path of the API with the signed-in token (a header: a plain link cannot carry it). */
export function fetchWithToken(path: string): Promise<Response> {
  const token = readToken();
  return fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** Has the browser save `blob` under `filename`, as a download. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

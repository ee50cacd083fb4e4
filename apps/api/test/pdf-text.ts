import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Harness } from './harness.js';

/** The text of every page of a PDF, pages joined by newlines (pdf.js, as a reader would). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await pdf.destroy();
  return pages.join('\n');
}

/** GET a document path of the API with a Bearer token (or none). */
export async function download(
  api: Harness,
  path: string,
  token: string | null,
): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(`${api.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/** Latin words left in a Chinese text, once rule ids, codes, amounts and dates are taken out. */
export function latinWords(text: string): string[] {
  const stripped = text
    .replace(/\bR-[A-Z0-9-]+\b/g, ' ')
    .replace(/\b[A-Z][A-Z0-9]*(?:[-_/][A-Z0-9]+)*\b/g, ' ')
    .replace(/Asia\/Shanghai/g, ' ');
  return stripped.match(/[A-Za-z]{2,}/g) ?? [];
}

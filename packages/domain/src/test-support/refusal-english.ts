import { isMessage, renderMessage } from '../explain/messages.js';

/**
 * An outcome (or a refusal) for the English tests: a refusal's `text` is first checked to be a
 * message of the catalogue written in English as the very `message` it stands next to, then left
 * out, so that the tests compare the English text alone. Every refusal a test looks at through
 * this thereby shows that it can be written in another language and that its English is
 * unchanged. Anything else is returned as it is.
 */
export function inEnglish<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (record.ok === false && 'refusal' in record) {
    return { ...record, refusal: inEnglish(record.refusal) } as T;
  }
  if (typeof record.message === 'string' && 'code' in record && 'rules' in record) {
    const { text, ...english } = record;
    if (!isMessage(text)) throw new Error(`the refusal has no message key: ${record.message}`);
    const rendered = renderMessage(text, 'en');
    if (rendered !== record.message)
      throw new Error(
        `the refusal's message in English differs:\n  text:    ${record.message}\n  message: ${rendered}`,
      );
    return english as T;
  }
  return value;
}

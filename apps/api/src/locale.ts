import { AsyncLocalStorage } from 'node:async_hooks';
import { isMessage, localeFrom, renderMessage, type Locale } from '@billing/domain';
import type { NextFunction, Request, Response } from 'express';

/**
 * The caller's language: `Accept-Language` (`zh`, `zh-CN`… → zh-CN, anything
 * else → en) for the whole of one GraphQL request, so that rule summaries, line descriptions and
 * refusal messages are written in it wherever they are built. Outside a request (the scheduler,
 * documents) it is English.
 */
const storage = new AsyncLocalStorage<Locale>();

export function requestLocale(): Locale {
  return storage.getStore() ?? 'en';
}

/** Runs the rest of the request in the language its `Accept-Language` header asks for. */
export function withRequestLocale(req: Request, _res: Response, next: NextFunction): void {
  storage.run(localeFrom(req.headers['accept-language']), next);
}

/** `text` in the caller's language: its message rendered, or the English text without one. */
export function inCallerLanguage(text: string, message: unknown): string {
  return isMessage(message) ? renderMessage(message, requestLocale()) : text;
}

/** Runs `work` in `locale` (tests, and anything answering on behalf of a request). */
export function inLocale<T>(locale: Locale, work: () => T): T {
  return storage.run(locale, work);
}

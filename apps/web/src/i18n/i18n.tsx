import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  type Locale,
} from '../core/format.js';
import { en, type MessageKey } from './messages.en.js';
import { zhCN, type Messages } from './messages.zh-cn.js';
import { interpolate, type MessageArgs } from './interpolate.js';

export type { Locale } from '../core/format.js';
export type { MessageKey } from './messages.en.js';

/** Keys of messages without placeholders (usable where no values can be passed, e.g. menus). */
export type PlainMessageKey = {
  [K in MessageKey]: MessageArgs<(typeof en)[K]> extends [] ? K : never;
}[MessageKey];

export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
const catalogs: Record<Locale, Messages> = { en, 'zh-CN': zhCN };
const LOCALE_KEY = 'billing.locale';

function isLocale(value: string | null | undefined): value is Locale {
  return value === 'en' || value === 'zh-CN';
}

/**
 * `?lang=en|zh-CN` (persisted), then the saved choice, then English: a fixed default keeps
 * screenshots and browser tests deterministic whatever the machine's language.
 */
export function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(fromUrl)) {
    window.localStorage.setItem(LOCALE_KEY, fromUrl);
    return fromUrl;
  }
  const saved = window.localStorage.getItem(LOCALE_KEY);
  return isLocale(saved) ? saved : 'en';
}

export interface I18n {
  readonly locale: Locale;
  setLocale(locale: Locale): void;
  t<K extends MessageKey>(key: K, ...args: MessageArgs<(typeof en)[K]>): string;
  /**
   * A code the API returns (an audit action, an event cause, a ledger…) in words: the message
   * `prefix.code`, or the code as it is when the catalogue has no such message.
   */
  codeLabel(prefix: string, code: string): string;
  /** A journal ledger (`revenue`, `cash:ALIPAY`…): its code in English, in words in Chinese. */
  ledger(name: string): string;
  money(amount: string, currency?: string): string;
  date(date: string): string;
  /** A business month `YYYY-MM`. */
  month(month: string): string;
  dateTime(instant: string, withTime?: boolean): string;
}

function codeLabel(messages: Messages, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return Object.hasOwn(messages, key) ? messages[key as MessageKey] : code;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  children,
  locale: fixed,
}: {
  children: ReactNode;
  locale?: Locale;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = catalogs[locale]['app.title'];
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(LOCALE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = catalogs[locale];
    return {
      locale,
      setLocale,
      t: (key, ...args) => interpolate(messages[key], args[0]),
      codeLabel: (prefix, code) => codeLabel(messages, prefix, code),
      // English keeps the journal's ledger codes (`cash:ALIPAY`), as the journal filters name them.
      ledger: (name) =>
        locale === 'en'
          ? name
          : name.startsWith('cash:')
            ? interpolate(messages['ledger.cash'], {
                method: codeLabel(messages, 'paymentMethod', name.slice('cash:'.length)),
              })
            : codeLabel(messages, 'ledger', name),
      money: (amount, currency) => formatMoney(amount, currency),
      date: (date) => formatDate(date, locale),
      month: (month) => formatMonth(month, locale),
      dateTime: (instant, withTime) => formatDateTime(instant, locale, withTime),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() needs an <I18nProvider> above it');
  return i18n;
}

import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider, type Locale } from '../i18n/i18n.js';

/** Server-renders a component in a language: enough to test markup without a DOM. */
export function renderHtml(node: ReactNode, locale: Locale = 'en'): string {
  return renderToStaticMarkup(<I18nProvider locale={locale}>{node}</I18nProvider>);
}

import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '../../../electron/shared/errors';
import { en, vi, type MessageKey } from './catalogues';
import { fillTemplate } from '../../../electron/shared/text/template';

const catalogues: Record<Locale, Record<MessageKey, string>> = { vi, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const table = catalogues[locale];
  return (key, params = {}) => fillTemplate(table[key], params, (name) => `{${name}}`);
}

const LocaleContext = createContext<{ locale: Locale; t: Translate }>({ locale: 'vi', t: translator('vi') });

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <LocaleContext.Provider value={{ locale, t: translator(locale) }}>{children}</LocaleContext.Provider>
  );
}

export function useI18n() {
  return useContext(LocaleContext);
}
export type { MessageKey };

/** Tiny i18n: a context with the current locale and a t() that formats {placeholders}. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../shared/contracts/common';
import { labelOf, type Labels } from '../../shared/labels/labels';
import { setApiLocale } from './api/client';
import { zhCN, type MessageKey, type Messages } from '../app/strings.zh-CN';
import { enUS } from '../app/strings.en-US';

export type { MessageKey, Locale };
const DICTS: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };
const STORAGE_KEY = 'waishi.locale';

export type TFunction = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18nValue {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: TFunction;
  /** For keys built at runtime (e.g. `role.${role}`): falls back to `fallback` or the key's last part. */
  tx: (key: string, fallback?: string) => string;
  /** An enum value's label from its shared table (src/shared/labels), in the current language. */
  label: <E extends string>(labels: Labels<E>, value: E | string | null | undefined) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh-CN' || saved === 'en-US') return saved;
  } catch {
    /* storage disabled */
  }
  return navigator.language?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

function format(s: string, vars?: Record<string, string | number>): string {
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const l = initialLocale();
    setApiLocale(l);
    return l;
  });
  const setLocale = useCallback((l: Locale) => {
    setApiLocale(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      /* ignore */
    }
    document.documentElement.lang = l;
    setLocaleState(l);
  }, []);
  const value = useMemo<I18nValue>(() => {
    const dict = DICTS[locale];
    const t: TFunction = (key, vars) => format(dict[key] ?? key, vars);
    const tx = (key: string, fallback?: string) => {
      const v = (dict as Record<string, string>)[key];
      return v ?? fallback ?? key.split('.').pop() ?? key;
    };
    const label = <E extends string>(labels: Labels<E>, value: E | string | null | undefined) => labelOf(labels, value, locale);
    return { locale, setLocale, t, tx, label };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

export function useT(): TFunction {
  return useI18n().t;
}

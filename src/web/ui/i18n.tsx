/** Tiny i18n: a context with the current locale and a t() that formats {placeholders}. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@shared/contracts/common';
import { labelOf, type Labels } from '@shared/labels/labels';
import { setApiLocale } from './api/client';

/**
 * Every string key of the web. The shell and each module declare their strings with `defineStrings` and add
 * the keys here by declaration merging (`interface WebStrings extends StringKeysOf<typeof travelStrings> {}`),
 * so this toolkit names no module; the shell hands the catalogs to I18nProvider.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the catalogs' declaration merging
export interface WebStrings {}
export type MessageKey = keyof WebStrings & string;
export type { Locale };

/** A set of strings in both languages, the same keys in each. */
export interface StringCatalog<K extends string = string> {
  readonly 'zh-CN': Readonly<Record<K, string>>;
  readonly 'en-US': Readonly<Record<K, string>>;
}
/** The keys a catalog adds to WebStrings. */
export type StringKeysOf<C> = C extends StringCatalog<infer K> ? Record<K, true> : never;
/** Declares strings; English must have every key the Chinese has (a missing one fails the type check). */
export const defineStrings = <K extends string>(zhCN: Record<K, string>, enUS: Record<NoInfer<K>, string>): StringCatalog<K> => ({
  'zh-CN': zhCN,
  'en-US': enUS,
});

/** The catalogs merged into one dictionary per language; a key two catalogs define is a mistake the shell's test catches. */
export function mergeCatalogs(catalogs: readonly StringCatalog[]): Record<Locale, Record<string, string>> {
  const out: Record<Locale, Record<string, string>> = { 'zh-CN': {}, 'en-US': {} };
  for (const c of catalogs) {
    Object.assign(out['zh-CN'], c['zh-CN']);
    Object.assign(out['en-US'], c['en-US']);
  }
  return out;
}
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

export function I18nProvider({ catalogs, children }: { catalogs: readonly StringCatalog[]; children: ReactNode }) {
  const dicts = useMemo(() => mergeCatalogs(catalogs), [catalogs]);
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
    const dict = dicts[locale];
    const t: TFunction = (key, vars) => format(dict[key] ?? key, vars);
    const tx = (key: string, fallback?: string) => {
      const v = (dict as Record<string, string>)[key];
      return v ?? fallback ?? key.split('.').pop() ?? key;
    };
    const label = <E extends string>(labels: Labels<E>, value: E | string | null | undefined) => labelOf(labels, value, locale);
    return { locale, setLocale, t, tx, label };
  }, [locale, setLocale, dicts]);
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

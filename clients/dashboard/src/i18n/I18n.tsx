import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, zh, type MessageKey } from './messages';

export type Language = 'zh' | 'en';

/** Anything the data names in both languages: divisions, species, projects. */
export interface Named {
  name: string;
  nameEn: string;
}

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A data name for tight spaces (chart axes, map labels): Chinese, or English when zh is off. */
  shortName(named: Named): string;
  /** A data name in full: Chinese, followed by English when zh is off. */
  fullName(named: Named): string;
  number(value: number, fractionDigits?: number): string;
  /** 1.23亿 / 123M: large quantities as leaders read them. */
  compact(value: number): string;
  percent(share: number): string;
  /** The time of day of an instant, in China Standard Time, as the screen's readers keep it. */
  time(instant: string): string;
}

const STORAGE_KEY = 'forestry.language';
const messages = { zh, en } satisfies Record<Language, Record<MessageKey, string>>;
const locales = { zh: 'zh-CN', en: 'en-US' } satisfies Record<Language, string>;

function createI18n(language: Language, setLanguage: (language: Language) => void): I18n {
  const locale = locales[language];
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 4 });
  const number = (value: number, fractionDigits = 0) =>
    value.toLocaleString(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
  return {
    language,
    setLanguage,
    t: (key, params) =>
      messages[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params?.[name] ?? placeholder)),
    shortName: (named) => (language === 'zh' ? named.name : named.nameEn),
    fullName: (named) => (language === 'zh' ? named.name : `${named.nameEn} ${named.name}`),
    number,
    // Below ten thousand there is nothing to abbreviate; fractions of a hectare only matter when small.
    compact: (value) =>
      Math.abs(value) < 10_000
        ? value.toLocaleString(locale, { maximumFractionDigits: Math.abs(value) < 100 ? 1 : 0 })
        : compact.format(value),
    percent: (share) => percent.format(share),
    time: (instant) => time.format(new Date(instant)),
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh'));
  const i18n = useMemo(() => createI18n(language, setLanguage), [language]);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = locales[language];
    document.title = i18n.t('app.title');
  }, [language, i18n]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider');
  return i18n;
}

/**
 * The plain texts of the trip documents (headings, column titles, punctuation patterns), each a bilingual
 * table whose {placeholders} are filled by the caller. Enum values are not here: they come from the shared
 * labels (src/shared/labels/travel.ts).
 */
import type { Locale } from '@shared/contracts/common';
import { say } from '@shared/labels/labels';

export type Params = Record<string, string | number>;
export type Say<K extends string> = (locale: Locale, key: K, params?: Params) => string;

/** A text table: zh and en with the same keys (the en type enforces it), read in the caller's language. */
export function textTable<const Z extends Record<string, string>>(zh: Z, en: Record<keyof Z, string>): Say<keyof Z & string> {
  return (locale, key, params = {}) => say({ zh: zh[key], en: en[key] }, locale).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Texts both documents print. */
export const common = textTable(
  {
    'col.no': '序号',
    'col.name': '姓名',
    'col.unit': '单位',
    'col.post': '职务',
    'col.rank': '级别',
    'col.role': '团内身份',
    'col.country': '国家（地区）',
    'col.city': '城市',
    none: '无',
    transit: '经停',
    intermediary: '（中介机构）',
    'sep.semi': '；',
    'sep.comma': '，',
    /** A text with a note after it: 日本（经停） / Japan (transit). */
    paren: '{text}（{note}）',
    /** A city with its country: 日本大阪 / Osaka, Japan. */
    place: '{country}{city}',
  } as const,
  {
    'col.no': 'No.',
    'col.name': 'Name',
    'col.unit': 'Unit',
    'col.post': 'Post',
    'col.rank': 'Rank',
    'col.role': 'Role',
    'col.country': 'Country (region)',
    'col.city': 'City',
    none: 'None',
    transit: 'transit',
    intermediary: ' (intermediary agency)',
    'sep.semi': '; ',
    'sep.comma': ', ',
    paren: '{text} ({note})',
    place: '{city}, {country}',
  },
);

/** Chinese documents indent a paragraph's first line by two characters; English ones do not. */
export const INDENT_FIRST_LINE: Record<Locale, boolean> = { 'zh-CN': true, 'en-US': false };

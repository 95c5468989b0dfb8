/**
 * Enum labels, written once in both languages and read by the pages, the Excel sheets and the Word
 * documents alike. A module keeps its enums' labels in `src/shared/labels/<module>.ts`, each declared
 * with `defineLabels<TheEnum>({...})`: a value added to the enum without its labels fails the type check.
 */
import type { Locale } from '../contracts/common';

/** A text in both languages. */
export interface Label {
  zh: string;
  en: string;
}

/** The labels of every value of an enum. */
export type Labels<E extends string> = Readonly<Record<E, Label>>;

/** Declares an enum's labels; the type parameter is the enum, so a missing or unknown value is a type error. */
export const defineLabels = <E extends string>(labels: Record<E, Label>): Labels<E> => labels;

/** A label in the given language. */
export const say = (label: Label, locale: Locale): string => (locale === 'en-US' ? label.en : label.zh);

/** The label of an enum value; a value the table does not know (an old row, a code from elsewhere) is shown as it is. */
export function labelOf<E extends string>(labels: Labels<E>, value: E | string | null | undefined, locale: Locale): string {
  if (value == null || value === '') return '';
  const label = (labels as Record<string, Label | undefined>)[value];
  return label ? say(label, locale) : value;
}

/**
 * The enum value a person wrote in a sheet: its code, or its label in either language (trimmed, case
 * ignored, spaces ignored), so a clerk may type 已批准, Approved or approved. Null when nothing matches.
 */
export function valueFromLabel<E extends string>(labels: Labels<E>, text: string | null | undefined): E | null {
  const norm = (s: string) => s.toLowerCase().replace(/\s/g, '');
  const wanted = text ? norm(text) : '';
  if (!wanted) return null;
  for (const [code, label] of Object.entries(labels) as Array<[E, Label]>) {
    if (norm(code) === wanted || norm(label.zh) === wanted || norm(label.en) === wanted) return code;
  }
  return null;
}

/** Every value of an enum with its label, in declaration order, for a select's options. */
export function labelOptions<E extends string>(labels: Labels<E>, locale: Locale): Array<{ value: E; label: string }> {
  return (Object.entries(labels) as Array<[E, Label]>).map(([value, label]) => ({ value, label: say(label, locale) }));
}

/** How the office writes a list in a sentence: 德国、法国 / Germany, France. */
export const LIST_SEPARATOR: Label = { zh: '、', en: ', ' };
export const joinList = (items: readonly string[], locale: Locale): string => items.join(say(LIST_SEPARATOR, locale));

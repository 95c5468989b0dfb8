/** The plan form's values, where the server's messages about them go, and their conversion to and from the API shapes. */
import type { Plan } from './api';
import { pathName, type PlaceError } from '@web/ui/formErrors';

export interface ItemValues {
  id?: number;
  title?: string;
  countries?: string[];
  people?: number | null;
  days?: number | null;
  month?: number | null;
  budget?: number | null;
}
export interface PlanValues {
  items: ItemValues[];
  notes?: string | null;
}

/** Row fields of the items table and the notes take their messages; the rest (a row's id, the list) go to the banner. */
export const placePlanError: PlaceError = (path) => {
  if (path === 'notes') return ['notes'];
  return /^items\.\d+\.(title|countries|people|days|month|budget)(\.|$)/.test(path) ? pathName(path, 3) : null;
};

export function toValues(plan: Plan | null): PlanValues {
  if (!plan) return { items: [], notes: null };
  return {
    notes: plan.notes,
    items: plan.items.map((i) => ({ id: i.id, title: i.title, countries: i.countries, people: i.people, days: i.days, month: i.month, budget: i.budget })),
  };
}

/** The form's values as the contract wants them (trimmed texts, empty numbers as 0, a new row without an id). */
export function toBody(v: PlanValues) {
  return {
    notes: v.notes?.trim() || null,
    items: (v.items ?? []).map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      title: (i.title ?? '').trim(),
      countries: i.countries ?? [],
      people: i.people ?? 0,
      days: i.days ?? 0,
      month: i.month ?? null,
      budget: i.budget ?? 0,
    })),
  };
}

/** Typed calls for the window's templates under /api/services/templates. */
import type { Locale } from '@shared/contracts/common';
import type { Template, TemplateKey } from '@shared/contracts/services-templates';
import { http } from '@web/ui/api/client';

export type { Template, TemplateKey };
const base = '/services/templates';
const one = (key: TemplateKey, locale: Locale) => `${base}/${key}/${locale}`;

export const templatesApi = {
  list: () => http.get<Template[]>(base),
  get: (key: TemplateKey, locale: Locale) => http.get<Template>(one(key, locale)),
  save: (key: TemplateKey, locale: Locale, body: { title: string; body: string; version: number }) => http.put<Template>(one(key, locale), body),
  reset: (key: TemplateKey, locale: Locale, version: number) => http.post<Template>(`${one(key, locale)}/reset`, { version }),
  previewUrl: (key: TemplateKey, locale: Locale) => `/api${one(key, locale)}/preview.docx`,
};

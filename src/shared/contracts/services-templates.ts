import { z } from 'zod';
import { LOCALES } from './common';

/**
 * The window's document templates (受理通知书, 一次性告知书, 不予受理告知书, 邀请函) kept as text the office edits.
 * A body is plain text, a line per paragraph: `# ` a centred title, `> ` a line set to the right (signature, date),
 * `= ` a line without indent (salutation), `| a | b |` a table row, `{{field}}` a value and `{{#list}} … {{/list}}`
 * a block repeated for each item of a list field.
 */
export const TEMPLATE_KEYS = ['case.acceptance', 'case.notice', 'case.refusal', 'invitation.letter'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];
export const templateKeySchema = z.enum(TEMPLATE_KEYS);
export const templateLocaleSchema = z.enum(LOCALES);
/** A document in one language, or (for the invitation letter) the Chinese and the English text in one file. */
export type RenderLocale = (typeof LOCALES)[number] | 'bilingual';

/** A field a template may name: a value, or a list whose items have fields of their own. */
export interface TemplateField {
  name: string;
  zh: string;
  en: string;
  item?: TemplateField[];
}
export const templateFieldSchema: z.ZodType<TemplateField> = z.lazy(() =>
  z.object({ name: z.string(), zh: z.string(), en: z.string(), item: z.array(templateFieldSchema).optional() }),
);

export const templateSchema = z.object({
  key: templateKeySchema,
  locale: templateLocaleSchema,
  title: z.string(),
  body: z.string(),
  /** 0 while the default in code is in use; saving on 0 makes the office's own copy. */
  version: z.number().int(),
  /** Whether the office has its own text (else the default is shown). */
  edited: z.boolean(),
  updatedAt: z.string().nullable(),
  fields: z.array(templateFieldSchema),
  /** Whether the caller may edit and reset it (the city office's managers), from the rule the server applies. */
  canEdit: z.boolean(),
});
export type Template = z.infer<typeof templateSchema>;

export const templateParamsSchema = z.object({ key: templateKeySchema, locale: templateLocaleSchema });

export const templateSaveSchema = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
  version: z.number().int().min(0).max(2_147_483_647),
});
export const templateResetSchema = z.object({ version: z.number().int().min(1).max(2_147_483_647) });

/** The forms a case gives at its steps. */
export const CASE_FORMS = ['acceptance', 'notice', 'refusal'] as const;
export type CaseForm = (typeof CASE_FORMS)[number];

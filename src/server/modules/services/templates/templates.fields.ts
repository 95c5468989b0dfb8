import type { FieldLabels } from '@server/platform/i18n/fields';

/** The names of the templates' fields, as the office calls them, for the messages of a refused save. */
export const templateFields: Readonly<Record<string, FieldLabels>> = {
  '/templates': {
    title: { zh: '标题', en: 'Title' },
    body: { zh: '正文', en: 'Text' },
    version: { zh: '版本', en: 'Version' },
    key: { zh: '模板', en: 'Template' },
    locale: { zh: '语言', en: 'Language' },
  },
};

import type { templatesZhCN } from './strings.zh-CN';

/** English strings of the window's templates pages. */
export const templatesEnUS: Record<keyof typeof templatesZhCN, string> = {
  'svc.templates.menu': 'Document templates',
  'svc.templates.title': 'Document templates',
  'svc.templates.hint':
    'The text of the notices of acceptance, missing material and refusal, and of the invitation letter; a template not edited uses the default text',
  'svc.templates.template': 'Template',
  'svc.templates.language': 'Language',
  'svc.templates.edited': 'Edited',
  'svc.templates.default': 'Default text',
  'svc.templates.updatedAt': 'Changed',
  'svc.templates.docTitle': 'Title',
  'svc.templates.body': 'Text',
  'svc.templates.syntax':
    'One paragraph per line; a line starting with “# ” is a centred title, “> ” sets it to the right (signature, date), “= ” starts it without indent (salutation), “| a | b |” is a table row; {{field}} puts in a value, {{#list}} … {{/list}} repeats its content for each item of a list ({{no}} is the item number).',
  'svc.templates.fields': 'Fields',
  'svc.templates.fieldsHint': 'Click a field to copy its placeholder',
  'svc.templates.listOf': 'list; each item has:',
  'svc.templates.copied': 'Copied {text}',
  'svc.templates.save': 'Save',
  'svc.templates.reset': 'Reset to default',
  'svc.templates.resetConfirm': 'Go back to the default text? The office’s text stays in the history.',
  'svc.templates.preview': 'Download preview',
  'svc.templates.previewHint': 'The preview uses the saved text and sample values',
  'svc.templates.readOnly': 'The templates are kept by the city office’s managers; you may read and preview them',
  'svc.templates.saved': 'Template saved',
  'svc.templates.wasReset': 'Back to the default text',
  'svc.templates.forms': 'Forms',
  'svc.templates.form.acceptance': 'Notice of acceptance',
  'svc.templates.form.notice': 'One-time notice of missing material',
  'svc.templates.form.refusal': 'Notice of refusal',
};

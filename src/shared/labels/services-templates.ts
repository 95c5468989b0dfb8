/** The templates' labels: each template by its document's name. */
import type { TemplateKey } from '../contracts/services-templates';
import { defineLabels } from './labels';

export const TEMPLATE_KEY_LABELS = defineLabels<TemplateKey>({
  'case.acceptance': { zh: '受理通知书', en: 'Notice of acceptance' },
  'case.notice': { zh: '一次性告知书', en: 'One-time notice of missing material' },
  'case.refusal': { zh: '不予受理（办理）告知书', en: 'Notice of refusal' },
  'invitation.letter': { zh: '被授权单位邀请函', en: 'Invitation letter (duly authorized unit)' },
});

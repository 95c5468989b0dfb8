/**
 * The forms of a case, for the case page (cases/CaseDetailPage): a download of each form whose step the case has
 * reached, in Chinese or English. The server answers 409 for a step not reached; the menu offers only those reached.
 */
import { Button, Dropdown } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import type { Locale } from '@shared/contracts/common';
import { CASE_FORMS, type CaseForm } from '@shared/contracts/services-templates';
import { LOCALE_LABELS } from '@shared/labels/platform';
import { useI18n } from '@web/ui/i18n';

const STEP_OF: Record<CaseForm, string> = { acceptance: 'accept', notice: 'notice', refusal: 'refuse' };
const LABEL: Record<CaseForm, 'svc.templates.form.acceptance' | 'svc.templates.form.notice' | 'svc.templates.form.refusal'> = {
  acceptance: 'svc.templates.form.acceptance',
  notice: 'svc.templates.form.notice',
  refusal: 'svc.templates.form.refusal',
};

export const caseFormUrl = (caseId: number, form: CaseForm, locale: Locale) => `/api/services/cases/${caseId}/forms/${form}.docx?locale=${locale}`;

/** `steps`: the steps the case's events show (e.g. ['submit', 'notice', 'answer', 'accept']). */
export function CaseForms({ caseId, steps }: { caseId: number; steps: readonly string[] }) {
  const { t, label } = useI18n();
  const reached = CASE_FORMS.filter((f) => steps.includes(STEP_OF[f]));
  const items = reached.flatMap((f) =>
    (['zh-CN', 'en-US'] as const).map((l) => ({
      key: `${f}-${l}`,
      label: (
        <a href={caseFormUrl(caseId, f, l)} data-testid={`case-form-${f}-${l}`}>
          {t(LABEL[f])}（{label(LOCALE_LABELS, l)}）
        </a>
      ),
    })),
  );
  return (
    <Dropdown menu={{ items }} disabled={!items.length}>
      <Button icon={<FileWordOutlined />} data-testid="case-forms">
        {t('svc.templates.forms')}
      </Button>
    </Dropdown>
  );
}

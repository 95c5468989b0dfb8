/** The office's head's list: accepted cases whose extension of the time limit waits for their approval. */
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n } from '@web/ui/i18n';
import { CaseList } from './CaseList';

export default function ExtensionsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('svc.cases.extensions.title')} />
      <CaseList tabs={['extension']} defaultView="extension" />
    </>
  );
}

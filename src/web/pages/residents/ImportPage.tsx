import { useNavigate } from 'react-router';
import { Button, Card, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { residentsApi } from '../../api/endpoints';
import { ImportJob } from '../../components/ImportJob';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';

export default function ImportPage() {
  const t = useT();
  const nav = useNavigate();
  const qc = useQueryClient();
  return (
    <>
      <PageHeader title={t('import.title')} />
      <Card className="section-card">
        <Typography.Paragraph>{t('import.step1')}</Typography.Paragraph>
        <Button icon={<FileExcelOutlined />} href={residentsApi.templateUrl} data-testid="import-template">{t('import.template')}</Button>
      </Card>
      <Card className="section-card" title={t('import.step2')}>
        <ImportJob
          upload={residentsApi.import}
          hint={t('import.hint')}
          listLabel={t('import.toList')}
          onList={() => nav('/residents')}
          onFinished={() => {
            qc.invalidateQueries({ queryKey: ['residents', 'list'] });
            qc.invalidateQueries({ queryKey: ['stats'] });
          }}
        />
      </Card>
    </>
  );
}

import { useNavigate } from 'react-router';
import { Button, Card, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { citiesApi } from '../../api/exchanges';
import { ImportJob } from '../../components/ImportJob';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { useCan } from '../../lib/session';

export default function CityImportPage() {
  const t = useT();
  const nav = useNavigate();
  const can = useCan();
  const qc = useQueryClient();
  return (
    <>
      <PageHeader title={t('ex.imp.title')} />
      <Card className="section-card">
        <Typography.Paragraph>{t('ex.imp.step1')}</Typography.Paragraph>
        {can('exchanges.export') && (
          <Button icon={<FileExcelOutlined />} href={citiesApi.exportUrl} data-testid="city-import-template">{t('ex.imp.exportCurrent')}</Button>
        )}
      </Card>
      <Card className="section-card" title={t('import.step2')}>
        <ImportJob
          upload={citiesApi.import}
          hint={t('ex.imp.hint')}
          listLabel={t('ex.imp.toList')}
          onList={() => nav('/exchanges/cities')}
          onFinished={() => qc.invalidateQueries({ queryKey: ['exchanges', 'cities'] })}
        />
      </Card>
    </>
  );
}

import { useNavigate } from 'react-router';
import { Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { citiesApi } from './api';
import { ImportPageFrame } from '@web/ui/ImportJob';
import { useT } from '@web/ui/i18n';
import { useCan } from '@web/ui/session';

export default function CityImportPage() {
  const t = useT();
  const nav = useNavigate();
  const can = useCan();
  const qc = useQueryClient();
  return (
    <ImportPageFrame
      title={t('ex.imp.title')}
      step1={t('ex.imp.step1')}
      template={
        can('exchanges.export') && (
          <Button icon={<FileExcelOutlined />} href={citiesApi.exportUrl({})} data-testid="city-import-template">
            {t('ex.imp.exportCurrent')}
          </Button>
        )
      }
      upload={citiesApi.import}
      hint={t('ex.imp.hint')}
      listLabel={t('ex.imp.toList')}
      onList={() => nav('/exchanges/cities')}
      onFinished={() => qc.invalidateQueries({ queryKey: ['exchanges', 'cities'] })}
    />
  );
}

import { useNavigate } from 'react-router';
import { Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { residentsApi } from '@web/ui/api/endpoints';
import { ImportPageFrame } from '@web/ui/ImportJob';
import { useT } from '@web/ui/i18n';

export default function ImportPage() {
  const t = useT();
  const nav = useNavigate();
  const qc = useQueryClient();
  return (
    <ImportPageFrame
      title={t('import.title')}
      step1={t('import.step1')}
      template={
        <Button icon={<FileExcelOutlined />} href={residentsApi.templateUrl} data-testid="import-template">
          {t('import.template')}
        </Button>
      }
      upload={residentsApi.import}
      hint={t('import.hint')}
      listLabel={t('import.toList')}
      onList={() => nav('/residents')}
      onFinished={() => {
        qc.invalidateQueries({ queryKey: ['residents', 'list'] });
        qc.invalidateQueries({ queryKey: ['stats'] });
      }}
    />
  );
}

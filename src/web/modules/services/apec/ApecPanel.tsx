import { useState } from 'react';
import { Alert, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '@web/ui/i18n';
import { ErrorResult } from '@web/ui/ResultPages';
import type { KindPanelProps } from '../kindPanels';
import { apecApi } from './api';
import { ApplicantCard } from './ApplicantCard';
import { FieldsModal } from './FieldsModal';
import { APPLICANT_FIELDS } from './applicantFields';

/** The APEC case's own facts on the case page: the enterprise's filing, the applicants, the Ministry, the economies, the cards. */
export default function ApecPanel({ caseId, onChanged }: KindPanelProps) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const key = ['services', 'apec', 'case', caseId];
  const q = useQuery({ queryKey: key, queryFn: () => apecApi.case(caseId) });
  const changed = () => {
    void qc.invalidateQueries({ queryKey: key });
    void qc.invalidateQueries({ queryKey: ['services', 'apec', 'cards'] });
    onChanged();
  };
  if (q.error) return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const data = q.data;
  const f = data.filing;
  return (
    <div data-testid="apec-panel">
      {f && (
        <Card
          size="small"
          title={`${t('svc.apec.filing.title')} · ${f.unitName}`}
          extra={<Link to={`/services/apec/filings?unitId=${f.unitId}`}>{t('svc.apec.filing.edit')}</Link>}
          style={{ marginBottom: 12 }}>
          {!f.filing ? (
            <Alert type="warning" showIcon message={t('svc.apec.filing.none')} />
          ) : f.unmet.length ? (
            <Alert
              type="warning"
              showIcon
              message={t('svc.apec.filing.unmet')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {f.unmet.map((u) => (
                    <li key={u.key}>{u.message}</li>
                  ))}
                </ul>
              }
              data-testid="apec-unmet"
            />
          ) : (
            <Typography.Text type="success">{t('svc.apec.filing.meets')}</Typography.Text>
          )}
        </Card>
      )}
      <Space style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('svc.apec.applicants')}
        </Typography.Title>
        {data.can.editApplicants && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="apec-applicant-add">
            {t('svc.apec.applicant.add')}
          </Button>
        )}
      </Space>
      {data.applicants.length === 0 && <Empty description={t('svc.apec.a.none')} />}
      {data.applicants.map((a) => (
        <ApplicantCard key={a.id} data={data} a={a} onChanged={changed} />
      ))}
      {adding && (
        <FieldsModal
          open
          title={t('svc.apec.applicant.add')}
          fields={APPLICANT_FIELDS}
          initial={{ socialInsurance6m: true }}
          onSubmit={async (v) => {
            await apecApi.addApplicant(caseId, v as never);
            changed();
          }}
          onClose={() => setAdding(false)}
          testid="apec-applicant-form"
        />
      )}
    </div>
  );
}

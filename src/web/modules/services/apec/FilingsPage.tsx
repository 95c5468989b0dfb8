/** The enterprises' filings (企业备案) and, for the office, its city's conditions: a unit sees and edits its own only. */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { TAX_GRADES } from '@shared/contracts/services-apec';
import { TAX_GRADE_LABELS } from '@shared/labels/services-apec';
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n } from '@web/ui/i18n';
import { useCan, useMe } from '@web/ui/session';
import { num, useUrlQuery } from '@web/ui/useUrlQuery';
import { apecApi, type FilingView } from './api';
import { FieldsModal, type FieldSpec } from './FieldsModal';

const yuan = (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString('zh-CN'));

function useGrades() {
  const { label } = useI18n();
  return TAX_GRADES.map((g) => ({ value: g, label: label(TAX_GRADE_LABELS, g) }));
}

function ConditionsCard() {
  const { t } = useI18n();
  const grades = useGrades();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const q = useQuery({ queryKey: ['services', 'apec', 'conditions'], queryFn: apecApi.conditions });
  const c = q.data;
  if (!c) return null;
  const fields: FieldSpec[] = [
    { name: 'minStaff', label: 'svc.apec.cond.minStaff', kind: 'number' },
    { name: 'minTradeYuan', label: 'svc.apec.cond.minTradeYuan', kind: 'number' },
    { name: 'customsRequired', label: 'svc.apec.cond.customsRequired', kind: 'bool' },
    { name: 'allowedTaxGrades', label: 'svc.apec.cond.allowedTaxGrades', kind: 'select', multiple: true, options: grades },
    { name: 'minTaxYuan', label: 'svc.apec.cond.minTaxYuan', kind: 'number' },
    { name: 'source', label: 'svc.apec.cond.source', kind: 'text' },
  ];
  return (
    <Card
      size="small"
      title={t('svc.apec.cond.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Button size="small" onClick={() => setOpen(true)} data-testid="apec-conditions-edit">
          {t('svc.apec.cond.edit')}
        </Button>
      }
      data-testid="apec-conditions">
      {c.version === 0 && <Alert type="info" showIcon message={t('svc.apec.cond.inherited')} style={{ marginBottom: 8 }} />}
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('svc.apec.cond.minStaff')}>{c.minStaff ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('svc.apec.cond.minTradeYuan')}>{yuan(c.minTradeYuan)}</Descriptions.Item>
        <Descriptions.Item label={t('svc.apec.cond.customsRequired')}>{t(c.customsRequired ? 'svc.apec.yes' : 'svc.apec.no')}</Descriptions.Item>
        <Descriptions.Item label={t('svc.apec.cond.allowedTaxGrades')}>{c.allowedTaxGrades.join(' / ') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('svc.apec.cond.minTaxYuan')}>{yuan(c.minTaxYuan)}</Descriptions.Item>
        <Descriptions.Item label={t('svc.apec.cond.source')}>{c.source ?? '—'}</Descriptions.Item>
      </Descriptions>
      {open && (
        <FieldsModal
          open
          title={t('svc.apec.cond.title')}
          fields={fields}
          initial={c}
          onSubmit={async (v) => {
            await apecApi.saveConditions({ ...v, allowedTaxGrades: (v.allowedTaxGrades as never) ?? [], version: c.version } as never);
            await qc.invalidateQueries({ queryKey: ['services', 'apec'] });
          }}
          onClose={() => setOpen(false)}
          testid="apec-conditions-form"
        />
      )}
    </Card>
  );
}

function FilingCard({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const grades = useGrades();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const q = useQuery({ queryKey: ['services', 'apec', 'filing', unitId], queryFn: () => apecApi.filing(unitId) });
  const v = q.data;
  if (!v) return null;
  const f = v.filing;
  const fields: FieldSpec[] = [
    { name: 'staffCount', label: 'svc.apec.f.staffCount', kind: 'number', required: true },
    { name: 'tradeYuan', label: 'svc.apec.f.tradeYuan', kind: 'number', required: true },
    { name: 'customsRegistered', label: 'svc.apec.f.customsRegistered', kind: 'bool' },
    { name: 'customsCode', label: 'svc.apec.f.customsCode', kind: 'text' },
    { name: 'taxGrade', label: 'svc.apec.f.taxGrade', kind: 'select', required: true, options: grades },
    { name: 'taxPaidYuan', label: 'svc.apec.f.taxPaidYuan', kind: 'number', required: true },
    { name: 'stateOwned', label: 'svc.apec.f.stateOwned', kind: 'bool' },
  ];
  return (
    <Card
      size="small"
      title={`${t('svc.apec.filing.title')} · ${v.unitName}`}
      style={{ marginBottom: 16 }}
      extra={
        v.canEdit && (
          <Button size="small" type="primary" onClick={() => setOpen(true)} data-testid="apec-filing-edit">
            {t('svc.apec.filing.edit')}
          </Button>
        )
      }
      data-testid="apec-filing">
      {!f ? (
        <Alert type="warning" showIcon message={t('svc.apec.filing.none')} />
      ) : (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('svc.apec.f.staffCount')}>{f.staffCount}</Descriptions.Item>
            <Descriptions.Item label={t('svc.apec.f.tradeYuan')}>{yuan(f.tradeYuan)}</Descriptions.Item>
            <Descriptions.Item label={t('svc.apec.f.customsRegistered')}>
              {t(f.customsRegistered ? 'svc.apec.yes' : 'svc.apec.no')} {f.customsCode ?? ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('svc.apec.f.taxGrade')}>{f.taxGrade}</Descriptions.Item>
            <Descriptions.Item label={t('svc.apec.f.taxPaidYuan')}>{yuan(f.taxPaidYuan)}</Descriptions.Item>
            <Descriptions.Item label={t('svc.apec.f.stateOwned')}>{t(f.stateOwned ? 'svc.apec.yes' : 'svc.apec.no')}</Descriptions.Item>
          </Descriptions>
          {v.unmet.length ? (
            <Alert
              type="warning"
              showIcon
              message={t('svc.apec.filing.unmet')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {v.unmet.map((u) => (
                    <li key={u.key}>{u.message}</li>
                  ))}
                </ul>
              }
              data-testid="apec-unmet"
            />
          ) : (
            <Typography.Text type="success">{t('svc.apec.filing.meets')}</Typography.Text>
          )}
        </>
      )}
      {open && (
        <FieldsModal
          open
          title={t('svc.apec.filing.edit')}
          fields={fields}
          initial={f ?? { staffCount: 0, tradeYuan: 0, taxPaidYuan: 0, customsRegistered: false, stateOwned: false }}
          onSubmit={async (x) => {
            await apecApi.saveFiling(unitId, { ...x, version: f?.version ?? 0 } as never);
            await qc.invalidateQueries({ queryKey: ['services', 'apec'] });
          }}
          onClose={() => setOpen(false)}
          testid="apec-filing-form"
        />
      )}
    </Card>
  );
}

export default function FilingsPage() {
  const { t } = useI18n();
  const can = useCan();
  const me = useMe();
  const { query, update } = useUrlQuery((get) => ({ unitId: num(get('unitId')) }));
  const office = can('services.handle');
  const list = useQuery({ queryKey: ['services', 'apec', 'filings'], queryFn: apecApi.filings, enabled: office });
  const unitId = office ? query.unitId : me.orgUnitId;
  return (
    <>
      <PageHeader title={t('svc.apec.menu.filings')} />
      {can('services.manage') && <ConditionsCard />}
      {unitId && <FilingCard unitId={unitId} />}
      {office && (
        <Table<FilingView>
          size="small"
          rowKey="unitId"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          data-testid="apec-filings-table"
          onRow={(r) => ({ onClick: () => update({ unitId: r.unitId }), style: { cursor: 'pointer' } })}
          columns={[
            { key: 'unit', title: t('svc.apec.filing.unit'), dataIndex: 'unitName' },
            { key: 'staff', title: t('svc.apec.f.staffCount'), align: 'right', render: (_, r) => r.filing?.staffCount },
            { key: 'trade', title: t('svc.apec.f.tradeYuan'), align: 'right', render: (_, r) => yuan(r.filing?.tradeYuan) },
            { key: 'grade', title: t('svc.apec.f.taxGrade'), render: (_, r) => r.filing?.taxGrade },
            { key: 'tax', title: t('svc.apec.f.taxPaidYuan'), align: 'right', render: (_, r) => yuan(r.filing?.taxPaidYuan) },
            { key: 'soe', title: t('svc.apec.f.stateOwned'), render: (_, r) => (r.filing?.stateOwned ? t('svc.apec.yes') : '') },
            {
              key: 'unmet',
              title: t('svc.apec.filing.unmet'),
              render: (_, r) =>
                r.unmet.length ? (
                  <Space size={4} wrap>
                    {r.unmet.map((u) => (
                      <Tag key={u.key} color="orange">
                        {u.message}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  <Tag color="green">{t('svc.apec.filing.meets')}</Tag>
                ),
            },
          ]}
        />
      )}
    </>
  );
}

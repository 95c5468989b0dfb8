/** The close-outs (销签) of issued invitation letters: due (reminded in their last week), overdue (red), done. */
import { useState } from 'react';
import { Card, Space, Tabs, Tag } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CLOSE_OUT_STATES } from '@shared/contracts/services-invitation';
import { CLOSE_OUT_KIND_LABELS, CLOSE_OUT_STATE_LABELS } from '@shared/labels/services-invitation';
import { useI18n } from '@web/ui/i18n';
import { PagedTable } from '@web/ui/PagedTable';
import { PageHeader } from '@web/ui/PageHeader';
import { invitationApi, type CloseOutItem, type CloseOutState } from './api';
import { CLOSE_OUT_COLORS } from './LetterCard';

export default function CloseOutsPage() {
  const { t, label } = useI18n();
  const [state, setState] = useState<CloseOutState>('due');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const result = useQuery({
    queryKey: ['services', 'invitations', 'close-outs', state, paging],
    queryFn: () => invitationApi.closeOuts({ state, ...paging }),
    placeholderData: keepPreviousData,
  });
  const when = (r: CloseOutItem) => {
    if (r.state === 'done') return `${label(CLOSE_OUT_KIND_LABELS, r.closeOutKind)} ${r.departedOn ?? ''}`;
    if (r.daysLeft == null) return '';
    return r.daysLeft < 0 ? t('svc.invitation.daysOverdue', { n: -r.daysLeft }) : t('svc.invitation.daysLeft', { n: r.daysLeft });
  };
  const columns = [
    { key: 'letterNumber', title: t('svc.invitation.letterNumber'), dataIndex: 'letterNumber' },
    { key: 'unitName', title: t('svc.invitation.unit'), dataIndex: 'unitName' },
    { key: 'caseNumber', title: t('svc.invitation.caseNumber'), dataIndex: 'caseNumber' },
    { key: 'issuedOn', title: t('svc.invitation.issuedOn'), dataIndex: 'issuedOn' },
    { key: 'entryDate', title: t('svc.invitation.entryDate'), dataIndex: 'entryDate' },
    { key: 'persons', title: t('svc.invitation.persons'), dataIndex: 'persons' },
    {
      key: 'due',
      title: t(state === 'done' ? 'svc.invitation.closedOutOn' : 'svc.invitation.closeOutDue'),
      render: (r: CloseOutItem) => (state === 'done' ? r.closedOutOn : r.closeOutDueOn),
    },
    {
      key: 'state',
      title: t('svc.invitation.state'),
      render: (r: CloseOutItem) => (
        <Space size="small">
          <Tag color={CLOSE_OUT_COLORS[r.state]}>{label(CLOSE_OUT_STATE_LABELS, r.state)}</Tag>
          {r.reminder && <Tag color="orange">{t('svc.invitation.reminder')}</Tag>}
          <span>{when(r)}</span>
        </Space>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('svc.invitation.closeOuts')} sub={t('svc.invitation.closeOutHint')} />
      <Card size="small">
        <Tabs
          activeKey={state}
          onChange={(k) => {
            setState(k as CloseOutState);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          items={CLOSE_OUT_STATES.map((s) => ({ key: s, label: <span data-testid={`closeouts-tab-${s}`}>{label(CLOSE_OUT_STATE_LABELS, s)}</span> }))}
        />
        <PagedTable<CloseOutItem>
          rowKey="caseId"
          result={result}
          page={paging.page}
          pageSize={paging.pageSize}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
          columns={columns}
          rowHref={(r) => `/services/invitations/${r.caseId}`}
          rowTestid={(r) => `closeout-row-${r.caseId}`}
          rowClassName={(r) => (r.state === 'overdue' ? 'row-overdue' : '')}
          scroll={{ x: true }}
        />
      </Card>
    </>
  );
}

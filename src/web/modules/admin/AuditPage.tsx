import { useState } from 'react';
import { Button, Card, Col, DatePicker, Input, Row, Tag, type TableProps } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { auditApi, type AuditEvent, type AuditQuery } from '@web/ui/api/endpoints';
import { PageHeader } from '@web/ui/PageHeader';
import { PagedTable } from '@web/ui/PagedTable';
import { useT } from '@web/ui/i18n';
import { fmtDateTime } from '@web/ui/format';
import { AuditDiff } from './AuditDiff';

interface Draft {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export default function AuditPage() {
  const t = useT();
  const [draft, setDraft] = useState<Draft>({});
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 20 });
  const list = useQuery({ queryKey: ['audit', query], queryFn: () => auditApi.list(query), placeholderData: keepPreviousData });

  const apply = () =>
    setQuery({
      page: 1,
      pageSize: query.pageSize,
      actor: draft.actor?.trim() || undefined,
      action: draft.action?.trim() || undefined,
      entityType: draft.entityType?.trim() || undefined,
      entityId: draft.entityId?.trim() || undefined,
      from: draft.range?.[0]?.format('YYYY-MM-DD'),
      to: draft.range?.[1]?.format('YYYY-MM-DD'),
    });
  const set = (k: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement>) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  const columns: TableProps<AuditEvent>['columns'] = [
    { key: 'at', title: t('audit.col.at'), width: 180, render: (_, e) => fmtDateTime(e.at) },
    { key: 'actor', title: t('audit.col.actor'), render: (_, e) => e.actorName ?? <span className="muted">—</span> },
    { key: 'action', title: t('audit.col.action'), render: (_, e) => <Tag color="blue">{e.action}</Tag> },
    { key: 'entityType', title: t('audit.col.entity'), dataIndex: 'entityType' },
    { key: 'entityId', title: t('audit.col.entityId'), dataIndex: 'entityId' },
    { key: 'ip', title: t('audit.col.ip'), dataIndex: 'ip' },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={12} md={4}>
            <Input allowClear placeholder={t('audit.col.actor')} value={draft.actor} onChange={set('actor')} onPressEnter={apply} data-testid="audit-actor" />
          </Col>
          <Col xs={12} md={4}>
            <Input
              allowClear
              placeholder={t('audit.col.action')}
              value={draft.action}
              onChange={set('action')}
              onPressEnter={apply}
              data-testid="audit-action"
            />
          </Col>
          <Col xs={12} md={4}>
            <Input
              allowClear
              placeholder={t('audit.col.entity')}
              value={draft.entityType}
              onChange={set('entityType')}
              onPressEnter={apply}
              data-testid="audit-entity"
            />
          </Col>
          <Col xs={12} md={3}>
            <Input
              allowClear
              placeholder={t('audit.col.entityId')}
              value={draft.entityId}
              onChange={set('entityId')}
              onPressEnter={apply}
              data-testid="audit-entity-id"
            />
          </Col>
          <Col xs={18} md={6}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              value={draft.range ?? null}
              onChange={(r) => setDraft((d) => ({ ...d, range: r }))}
              data-testid="audit-range"
            />
          </Col>
          <Col xs={6} md={3}>
            <Button type="primary" icon={<SearchOutlined />} onClick={apply} block data-testid="audit-search">
              {t('common.search')}
            </Button>
          </Col>
        </Row>
      </Card>
      {/* The audit log keeps antd's default page sizes (10–100) rather than the lists' 20–200. */}
      <PagedTable<AuditEvent>
        result={list}
        page={query.page}
        pageSize={query.pageSize}
        onPage={(page, pageSize) => setQuery((q) => ({ ...q, page, pageSize }))}
        data-testid="audit-table"
        columns={columns}
        pageSizeOptions={[10, 20, 50, 100]}
        expandable={{ expandedRowRender: (e) => <AuditDiff event={e} />, rowExpandable: (e) => e.before != null || e.after != null || e.detail != null }}
      />
    </>
  );
}

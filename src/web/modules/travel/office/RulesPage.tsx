/**
 * The rules an application is checked against, as dated versions per kind: limits (countries, days,
 * members, publicity, follow-up deadlines, severities), budget standards per country and the approver
 * by rank. Everyone may read them; the root office's administrator adds and edits versions.
 */
import { useMemo, useState } from 'react';
import { Button, Card, Empty, Space, Table, Tabs, Tag, Typography, type TableProps } from 'antd';
import { CheckCircleFilled, CopyOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { RULE_KINDS } from '@shared/contracts/travel';
import { rulesApi, type RuleKind, type RuleVersion } from './api';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n } from '@web/ui/i18n';
import { ruleKindLabels } from '@shared/labels/travel';
import { fmtDateTime } from '@web/ui/format';
import { useCan } from '@web/ui/session';
import { oneOf, useUrlQuery } from '@web/ui/useUrlQuery';
import { RuleEditor, type EditorMode } from './RuleEditor';
import { RuleParamsView } from './RuleParamsView';

const RULES_KEY = ['travel', 'rules'] as const;

function parse(get: (k: string) => string | undefined) {
  const id = Number(get('id'));
  return { kind: oneOf(RULE_KINDS, get('kind')) ?? 'limits', id: Number.isInteger(id) && id > 0 ? id : undefined };
}

export default function RulesPage() {
  const { t, label } = useI18n();
  const can = useCan();
  const qc = useQueryClient();
  const keeper = can('travel.rules');
  const { query, update } = useUrlQuery(parse);
  const [editor, setEditor] = useState<EditorMode | null>(null);
  const { data, isLoading, error, refetch } = useQuery({ queryKey: RULES_KEY, queryFn: rulesApi.list });

  if (error && !data) return <ErrorResult error={error} onRetry={() => refetch()} />;
  const versions = data ?? [];

  return (
    <>
      <PageHeader title={t('tro.rule.title')} sub={t('tro.rule.sub')} />
      <Tabs
        activeKey={query.kind}
        onChange={(k) => update({ kind: k, id: undefined })}
        data-testid="rules-tabs"
        items={RULE_KINDS.map((kind) => ({
          key: kind,
          label: <span data-testid={`rules-tab-${kind}`}>{label(ruleKindLabels, kind)}</span>,
          children: (
            <KindPanel
              kind={kind}
              loading={isLoading}
              versions={versions.filter((v) => v.kind === kind)}
              keeper={keeper}
              selectedId={query.kind === kind ? query.id : undefined}
              onSelect={(id) => update({ kind, id })}
              onNew={(from) => setEditor({ mode: 'new', kind, from })}
              onEdit={(rule) => setEditor({ mode: 'edit', kind, rule })}
            />
          ),
        }))}
      />
      {editor && (
        <RuleEditor
          editor={editor}
          onClose={() => setEditor(null)}
          onStale={() => qc.invalidateQueries({ queryKey: RULES_KEY })}
          onSaved={(r) => {
            setEditor(null);
            qc.invalidateQueries({ queryKey: RULES_KEY });
            update({ kind: r.kind, id: r.id });
          }}
        />
      )}
    </>
  );
}

function KindPanel({
  kind,
  versions,
  loading,
  keeper,
  selectedId,
  onSelect,
  onNew,
  onEdit,
}: {
  kind: RuleKind;
  versions: RuleVersion[];
  loading: boolean;
  keeper: boolean;
  selectedId?: number;
  onSelect: (id: number) => void;
  onNew: (from: RuleVersion | null) => void;
  onEdit: (rule: RuleVersion) => void;
}) {
  const { t, label } = useI18n();
  const sorted = useMemo(() => [...versions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom)), [versions]);
  const selected = sorted.find((v) => v.id === selectedId) ?? sorted.find((v) => v.inForceToday) ?? sorted[0] ?? null;

  const columns: TableProps<RuleVersion>['columns'] = [
    { key: 'from', title: t('tro.rule.effectiveFrom'), dataIndex: 'effectiveFrom', width: 130 },
    { key: 'doc', title: t('tro.rule.documentNumber'), dataIndex: 'documentNumber', width: 220 },
    { key: 'title', title: t('tro.rule.titleLabel'), dataIndex: 'title' },
    {
      key: 'state',
      title: t('tro.rule.state'),
      width: 140,
      render: (_, v) =>
        v.inForceToday ? (
          <Tag color="green" icon={<CheckCircleFilled />} data-testid="rule-in-force">
            {t('tro.rule.inForce')}
          </Tag>
        ) : v.effectiveFrom > (sorted.find((x) => x.inForceToday)?.effectiveFrom ?? '') ? (
          <Tag color="blue">{t('tro.rule.upcoming')}</Tag>
        ) : (
          <Tag>{t('tro.rule.superseded')}</Tag>
        ),
    },
  ];

  return (
    <>
      <Card
        size="small"
        className="section-card"
        title={t('tro.rule.versions', { kind: label(ruleKindLabels, kind) })}
        extra={
          keeper && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => onNew(selected)} data-testid="rules-new-version">
              {t('tro.rule.newVersion')}
            </Button>
          )
        }>
        <Table<RuleVersion>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={sorted}
          columns={columns}
          pagination={false}
          data-testid={`rules-table-${kind}`}
          rowClassName={(v) => (v.id === selected?.id ? 'ant-table-row-selected' : '')}
          onRow={(v) =>
            ({ onClick: () => onSelect(v.id), style: { cursor: 'pointer' }, 'data-testid': `rule-row-${v.id}` }) as React.HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: <Empty description={t('tro.rule.none')} /> }}
        />
      </Card>
      {selected && (
        <Card
          className="section-card"
          data-testid="rule-detail"
          title={
            <Space size={8} wrap>
              <span>{selected.documentNumber}</span>
              {selected.inForceToday && <Tag color="green">{t('tro.rule.inForce')}</Tag>}
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {t('tro.rule.fromDate', { date: selected.effectiveFrom })}
              </Typography.Text>
            </Space>
          }
          extra={
            keeper && (
              <Space>
                <Button icon={<CopyOutlined />} onClick={() => onNew(selected)} data-testid="rules-copy">
                  {t('tro.rule.copyAsNew')}
                </Button>
                <Button icon={<EditOutlined />} onClick={() => onEdit(selected)} data-testid="rules-edit">
                  {t('common.edit')}
                </Button>
              </Space>
            )
          }>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {selected.title}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('tro.updatedAt', { at: fmtDateTime(selected.updatedAt) })}
          </Typography.Paragraph>
          <RuleParamsView rule={selected} />
        </Card>
      )}
    </>
  );
}

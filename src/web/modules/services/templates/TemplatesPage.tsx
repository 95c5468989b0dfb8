/** The office's document templates: the list on the left, the chosen one's editor and its fields beside it. */
import { useState } from 'react';
import { Card, Col, Row, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Locale } from '@shared/contracts/common';
import { LOCALE_LABELS } from '@shared/labels/platform';
import { TEMPLATE_KEY_LABELS } from '@shared/labels/services-templates';
import { labelOf } from '@shared/labels/labels';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n } from '@web/ui/i18n';
import { templatesApi, type Template, type TemplateKey } from './api';
import { TemplateEditor } from './TemplateEditor';

export default function TemplatesPage() {
  const { t, locale } = useI18n();
  const { data, isFetching, error, refetch } = useQuery({ queryKey: ['services', 'templates'], queryFn: templatesApi.list });
  const [chosen, setChosen] = useState<{ key: TemplateKey; locale: Locale }>({ key: 'case.acceptance', locale: 'zh-CN' });
  const current = data?.find((x) => x.key === chosen.key && x.locale === chosen.locale);
  if (error && !data) return <ErrorResult error={error} onRetry={() => refetch()} />;
  return (
    <>
      <PageHeader title={t('svc.templates.title')} sub={t('svc.templates.hint')} />
      <Row gutter={16}>
        <Col xs={24} lg={7}>
          <Card size="small">
            <Table<Template>
              rowKey={(x) => `${x.key}|${x.locale}`}
              size="small"
              loading={isFetching && !data}
              dataSource={data ?? []}
              pagination={false}
              data-testid="templates-table"
              onRow={(x) => ({ onClick: () => setChosen({ key: x.key, locale: x.locale }), style: { cursor: 'pointer' } })}
              rowClassName={(x) => (x.key === chosen.key && x.locale === chosen.locale ? 'ant-table-row-selected' : '')}
              columns={[
                { key: 'key', title: t('svc.templates.template'), render: (_, x) => labelOf(TEMPLATE_KEY_LABELS, x.key, locale) },
                { key: 'locale', title: t('svc.templates.language'), width: 90, render: (_, x) => labelOf(LOCALE_LABELS, x.locale, locale) },
                {
                  key: 'edited',
                  title: '',
                  width: 80,
                  render: (_, x) => (x.edited ? <Tag color="blue">{t('svc.templates.edited')}</Tag> : <Tag>{t('svc.templates.default')}</Tag>),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          {current && <TemplateEditor key={`${current.key}|${current.locale}|${current.version}`} template={current} />}
        </Col>
      </Row>
    </>
  );
}

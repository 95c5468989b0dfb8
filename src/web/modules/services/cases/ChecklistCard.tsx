/** The case's documents checklist: each item with its files, an upload where the caller may, the window's check. */
import { App, Button, Card, Space, Table, Tag, Typography, Upload, type TableProps } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ORIGINAL_OR_COPY_LABELS } from '@shared/labels/services';
import { DOCUMENT_STATUS_LABELS } from '@shared/labels/services-cases';
import { useI18n } from '@web/ui/i18n';
import { casesApi, type CaseDetail } from './api';

type Item = CaseDetail['checklist'][number];
const DOC_COLOURS: Record<string, string> = { received: 'green', missing: 'orange', rejected: 'red' };

export function ChecklistCard({ detail, onDone }: { detail: CaseDetail; onDone: (d: CaseDetail) => void }) {
  const { t, label, locale } = useI18n();
  const { message } = App.useApp();
  const id = detail.case.id;
  const check = async (docId: number, version: number, status: string) => {
    try {
      onDone(await casesApi.checkDocument(id, docId, { version, status }));
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const columns: TableProps<Item>['columns'] = [
    {
      key: 'name',
      title: t('svc.cases.checklist.item'),
      render: (_, i) => (
        <div>
          <div>
            {locale === 'en-US' ? i.nameEn : i.nameZh}
            {i.required && <Typography.Text type="danger"> *</Typography.Text>}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label(ORIGINAL_OR_COPY_LABELS, i.originalOrCopy)}
            {i.fileTypes.length > 0 && ` · ${i.fileTypes.join('/')}`}
            {i.maxKb && ` · ≤ ${i.maxKb} KB`}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'docs',
      title: t('svc.cases.checklist.files'),
      render: (_, i) =>
        i.documents.length ? (
          <Space direction="vertical" size={2}>
            {i.documents.map((d) => (
              <Space key={d.id} size={4} wrap>
                {d.attachmentId ? <a href={`/api/attachments/${d.attachmentId}`}>{d.fileName}</a> : d.fileName}
                <Tag color={DOC_COLOURS[d.status]}>{label(DOCUMENT_STATUS_LABELS, d.status)}</Tag>
                {detail.can.checkDocument && d.status !== 'rejected' && (
                  <Button size="small" type="link" danger onClick={() => check(d.id, d.version, 'rejected')}>
                    {t('svc.cases.checklist.reject')}
                  </Button>
                )}
                {detail.can.checkDocument && d.status === 'rejected' && (
                  <Button size="small" type="link" onClick={() => check(d.id, d.version, 'received')}>
                    {t('svc.cases.checklist.accept')}
                  </Button>
                )}
              </Space>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('svc.cases.checklist.none')}</Typography.Text>
        ),
    },
    {
      key: 'upload',
      title: '',
      width: 120,
      render: (_, i) =>
        detail.can.upload && !i.archived ? (
          <Upload
            showUploadList={false}
            accept={i.fileTypes.map((x) => `.${x}`).join(',') || undefined}
            customRequest={async ({ file, onSuccess, onError }) => {
              try {
                onDone(await casesApi.upload(id, i.id, file as File));
                onSuccess?.({});
              } catch (e) {
                message.error((e as Error).message);
                onError?.(e as Error);
              }
            }}>
            <Button size="small" icon={<UploadOutlined />} data-testid={`upload-${i.id}`}>
              {t('svc.cases.checklist.upload')}
            </Button>
          </Upload>
        ) : null,
    },
  ];
  return (
    <Card title={t('svc.cases.checklist.title')} size="small" data-testid="case-checklist">
      <Table<Item> rowKey="id" size="small" pagination={false} columns={columns} dataSource={detail.checklist} />
    </Card>
  );
}

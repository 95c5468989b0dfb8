/**
 * A record's attachments: the list with download links and, when the server's `can` for the record allows
 * it, an upload button.
 */
import { App, Button, Card, Empty, List, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { attachmentsApi } from './api/attachments';
import { errorMessage } from './formErrors';
import { useT } from './i18n';
import { fileSize, fmtDateTime } from './format';

const MAX_BYTES = 20 * 1024 * 1024;

/** `recordPath`: the owning record's API path (e.g. /exchanges/visits/12); `canUpload`: the record's server `can` for uploads. */
export function AttachmentsCard({ recordPath, canUpload }: { recordPath: string; canUpload: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const key = ['attachments', recordPath];
  const { data, isLoading } = useQuery({ queryKey: key, queryFn: () => attachmentsApi.list(recordPath) });
  return (
    <Card
      size="small"
      className="section-card"
      title={
        <>
          <PaperClipOutlined /> {t('att.title')}
        </>
      }
      data-testid="attachments"
      extra={
        canUpload && (
          <Upload
            showUploadList={false}
            multiple
            beforeUpload={(file) => {
              if (file.size > MAX_BYTES) {
                message.error(t('att.tooLarge'));
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError }) => {
              const f = file as File;
              attachmentsApi.upload(recordPath, f).then(
                (a) => {
                  message.success(t('att.uploaded', { name: a.name }));
                  qc.invalidateQueries({ queryKey: key });
                  onSuccess?.(a);
                },
                (e: Error) => {
                  message.error(errorMessage(e));
                  onError?.(e);
                },
              );
            }}>
            <Button size="small" icon={<UploadOutlined />} data-testid="attachment-upload">
              {t('att.upload')}
            </Button>
          </Upload>
        )
      }>
      <List
        loading={isLoading}
        dataSource={data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('att.empty')} /> }}
        renderItem={(a) => (
          <List.Item key={a.id} data-testid="attachment-item">
            <List.Item.Meta
              title={
                <Typography.Link href={attachmentsApi.downloadUrl(a.id)} target="_blank" rel="noreferrer">
                  {a.name}
                </Typography.Link>
              }
              description={`${fileSize(a.size)} · ${fmtDateTime(a.createdAt)}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

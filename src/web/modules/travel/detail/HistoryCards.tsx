/** The application's history (GET /steps), its attachments and its Word documents. */
import { App, Button, Card, Empty, Flex, List, Skeleton, Tag, Timeline, Typography, Upload } from 'antd';
import { FileWordOutlined, HistoryOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { applicationsApi, type Application, type Step } from '../api';
import { errorMessage } from '@web/ui/formErrors';
import { useI18n, useT } from '@web/ui/i18n';
import { fileSize, fmtDateTime } from '@web/ui/format';
import { stepKindLabels } from '@shared/labels/travel';

const MAX_BYTES = 20 * 1024 * 1024;
const STEP_COLORS: Partial<Record<Step['kind'], string>> = {
  create: 'gray',
  submit: 'blue',
  withdraw: 'gray',
  return: 'orange',
  leader_return: 'orange',
  refuse: 'red',
  leader_refuse: 'red',
  approve: 'green',
  leader_approve: 'green',
  forward: 'cyan',
  record_decision: 'green',
  cancel: 'gray',
  reminder: 'red',
};

export function StepsCard({ id }: { id: number }) {
  const { t, label } = useI18n();
  const steps = useQuery({ queryKey: ['travel', 'application', id, 'steps'], queryFn: () => applicationsApi.steps(id) });
  return (
    <Card
      size="small"
      className="section-card"
      title={
        <>
          <HistoryOutlined /> {t('tr.steps.title')}
        </>
      }
      data-testid="travel-steps">
      {steps.isLoading ? (
        <Skeleton active />
      ) : !steps.data?.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={steps.error ? errorMessage(steps.error) : t('tr.steps.empty')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={steps.data.map((s) => ({
            key: s.id,
            color: STEP_COLORS[s.kind] ?? 'blue',
            content: (
              <div data-testid="travel-step" data-kind={s.kind}>
                <Tag color={STEP_COLORS[s.kind] ?? 'blue'}>{label(stepKindLabels, s.kind)}</Tag>
                <Typography.Text type="secondary">{fmtDateTime(s.createdAt)}</Typography.Text>
                <div>{[s.actorName, s.orgUnitName].filter(Boolean).join(' · ') || <span className="muted">{t('tr.steps.system')}</span>}</div>
                {s.comment && (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} type="secondary">
                    {s.comment}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

export function DocumentsCard({ a }: { a: Application }) {
  const t = useT();
  return (
    <Card
      size="small"
      className="section-card"
      title={
        <>
          <FileWordOutlined /> {t('tr.docs.title')}
        </>
      }
      data-testid="travel-documents">
      <Flex gap={8} wrap>
        <Button icon={<FileWordOutlined />} href={applicationsApi.publicityNoticeUrl(a.id)} data-testid="travel-download-publicity">
          {t('tr.docs.publicity')}
        </Button>
        <Button icon={<FileWordOutlined />} href={applicationsApi.approvalFormUrl(a.id)} data-testid="travel-download-approval">
          {t('tr.docs.approval')}
        </Button>
      </Flex>
    </Card>
  );
}

export function TravelAttachments({ id, canUpload }: { id: number; canUpload: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const key = ['travel', 'application', id, 'attachments'];
  const { data, isLoading } = useQuery({ queryKey: key, queryFn: () => applicationsApi.attachments(id) });
  return (
    <Card
      size="small"
      className="section-card"
      title={
        <>
          <PaperClipOutlined /> {t('tr.att.title')}
        </>
      }
      data-testid="attachments"
      extra={
        canUpload && (
          <Upload
            showUploadList={false}
            multiple
            beforeUpload={(file) => {
              if (file.size <= MAX_BYTES) return true;
              message.error(t('tr.att.tooLarge'));
              return Upload.LIST_IGNORE;
            }}
            customRequest={({ file, onSuccess, onError }) => {
              applicationsApi.uploadAttachment(id, file as File).then(
                (att) => {
                  message.success(t('tr.att.uploaded', { name: att.name }));
                  void qc.invalidateQueries({ queryKey: key });
                  onSuccess?.(att);
                },
                (e: Error) => {
                  message.error(errorMessage(e));
                  onError?.(e);
                },
              );
            }}>
            <Button size="small" icon={<UploadOutlined />} data-testid="attachment-upload">
              {t('tr.att.upload')}
            </Button>
          </Upload>
        )
      }>
      <List
        loading={isLoading}
        dataSource={data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tr.att.empty')} /> }}
        renderItem={(att) => (
          <List.Item key={att.id} data-testid="attachment-item">
            <List.Item.Meta
              title={
                <Typography.Link href={applicationsApi.attachmentUrl(att.id)} target="_blank" rel="noreferrer">
                  {att.name}
                </Typography.Link>
              }
              description={`${fileSize(att.size)} · ${fmtDateTime(att.createdAt)}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

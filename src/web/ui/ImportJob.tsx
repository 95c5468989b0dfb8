/**
 * Upload an .xlsx, then follow the import job (GET /api/jobs/:id) to its result. Shared by the
 * residents ledger import and the friendship-city import; only the upload call and texts differ.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Col, Progress, Result, Row, Space, Statistic, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { jobsApi, type Job } from './api/endpoints';
import { errorMessage } from './formErrors';
import { PageHeader } from './PageHeader';
import { useT } from './i18n';

const DONE = new Set(['succeeded', 'failed']);

/** Polls the job once a second until it has succeeded or failed. */
export function useJob(jobId: number | null) {
  return useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => jobsApi.get(jobId!),
    enabled: jobId != null,
    refetchInterval: (q) => (q.state.data && DONE.has(q.state.data.status) ? false : 1000),
  });
}

interface ImportJobProps {
  /** Sends the file and returns the queued job. */
  upload: (file: File) => Promise<Job>;
  /** Runs once when the job has finished (e.g. to refresh lists). */
  onFinished?: (job: Job) => void;
  hint: string;
  listLabel: string;
  onList: () => void;
}

export function ImportJob({ upload, onFinished, hint, listLabel, onList }: ImportJobProps) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [jobId, setJobId] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const { data: job } = useJob(jobId);
  const finished = !!job && DONE.has(job.status);

  useEffect(() => {
    if (finished && job) onFinished?.(job);
    // Once per finished job.
  }, [finished, job?.id]);

  const start = async (file: File) => {
    setUploadError(null);
    setUploading(true);
    try {
      const j = await upload(file);
      qc.setQueryData(['jobs', j.id], j);
      setJobId(j.id);
    } catch (e) {
      setUploadError(errorMessage(e));
    } finally {
      setUploading(false);
    }
  };

  const running = jobId != null && !finished;
  return (
    <>
      {jobId == null || finished ? (
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={uploading}
          data-testid="import-upload"
          beforeUpload={(file) => {
            if (!file.name.toLowerCase().endsWith('.xlsx')) {
              message.error(t('import.onlyXlsx'));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            start(file as File).then(
              () => onSuccess?.({}),
              (e: Error) => onError?.(e),
            );
          }}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.drag')}</p>
          <p className="ant-upload-hint">{hint}</p>
        </Upload.Dragger>
      ) : null}
      {uploadError && <Alert style={{ marginTop: 16 }} type="error" showIcon title={uploadError} data-testid="import-error" />}
      {running && job && <JobProgress job={job} />}
      {finished && job && <JobResult job={job} listLabel={listLabel} onList={onList} />}
    </>
  );
}

export function JobProgress({ job }: { job: Job }) {
  const t = useT();
  const pct = job.total > 0 ? Math.floor((job.processed / job.total) * 100) : 0;
  return (
    <div style={{ marginTop: 16 }} data-testid="job-progress">
      <Typography.Text>{job.status === 'queued' ? t('import.queued') : t('import.running', { file: job.fileName ?? '' })}</Typography.Text>
      <Progress percent={pct} status="active" />
      <Typography.Text type="secondary">{t('import.progress', { processed: job.processed, total: job.total || '?' })}</Typography.Text>
    </div>
  );
}

export function JobResult({ job, listLabel, onList }: { job: Job; listLabel: string; onList: () => void }) {
  const t = useT();
  if (job.status === 'failed') {
    return (
      <Result
        status="error"
        title={t('import.failed')}
        subTitle={job.error ?? ''}
        data-testid="job-result"
        extra={
          job.result?.errorFileId ? (
            <Button icon={<DownloadOutlined />} href={jobsApi.fileUrl(job.result.errorFileId)} data-testid="job-error-file">
              {t('import.errorReport')}
            </Button>
          ) : undefined
        }
      />
    );
  }
  const r = job.result;
  return (
    <div data-testid="job-result" style={{ marginTop: 16 }}>
      <Result
        status={r && r.rejected > 0 ? 'warning' : 'success'}
        title={t('import.done')}
        subTitle={job.fileName ?? undefined}
        style={{ padding: '16px 0' }}
      />
      {r && (
        <Row gutter={16} style={{ textAlign: 'center' }}>
          <Col span={6}>
            <Statistic title={t('import.inserted')} value={r.inserted} styles={{ content: { color: '#389e0d' } }} data-testid="job-inserted" />
          </Col>
          <Col span={6}>
            <Statistic title={t('import.updated')} value={r.updated} styles={{ content: { color: '#1f5fbf' } }} data-testid="job-updated" />
          </Col>
          <Col span={6}>
            <Statistic title={t('import.unchanged')} value={r.unchanged} data-testid="job-unchanged" />
          </Col>
          <Col span={6}>
            <Statistic
              title={t('import.rejected')}
              value={r.rejected}
              styles={{ content: { color: r.rejected ? '#cf1322' : undefined } }}
              data-testid="job-rejected"
            />
          </Col>
        </Row>
      )}
      <Space style={{ marginTop: 24, width: '100%', justifyContent: 'center' }} wrap>
        {r?.errorFileId != null && (
          <Button danger icon={<DownloadOutlined />} href={jobsApi.fileUrl(r.errorFileId)} data-testid="job-error-file">
            {t('import.errorReport')}
          </Button>
        )}
        <Button type="primary" onClick={onList} data-testid="job-to-list">
          {listLabel}
        </Button>
      </Space>
    </div>
  );
}

/**
 * The whole import page: step 1 explains the file and offers a template (or the current data) to
 * start from, step 2 uploads it and follows the job.
 */
export function ImportPageFrame({ title, step1, template, ...job }: ImportJobProps & { title: string; step1: string; template: ReactNode }) {
  const t = useT();
  return (
    <>
      <PageHeader title={title} />
      <Card className="section-card">
        <Typography.Paragraph>{step1}</Typography.Paragraph>
        {template}
      </Card>
      <Card className="section-card" title={t('import.step2')}>
        <ImportJob {...job} />
      </Card>
    </>
  );
}

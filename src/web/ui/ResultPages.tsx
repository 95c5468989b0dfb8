import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from './i18n';

export function ForbiddenPage() {
  const t = useT();
  const nav = useNavigate();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('common.forbidden')}
      extra={
        <Button type="primary" onClick={() => nav('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

export function NotFoundPage({ message }: { message?: string }) {
  const t = useT();
  const nav = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={message ?? t('common.notFound')}
      extra={
        <Button type="primary" onClick={() => nav('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('common.error')}
      subTitle={error instanceof Error ? error.message : String(error)}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}

/** The summary sentence of the period in a card, with a button that copies it. */
import { App, Button, Card, Typography } from 'antd';
import { CopyOutlined, FileTextOutlined } from '@ant-design/icons';
import { useI18n } from '@web/ui/i18n';
import type { TravelStats } from './api';
import { summarySentence } from './statsSummary';

export function SummaryCard({ s }: { s: TravelStats }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const text = summarySentence(s, locale, t);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      message.success(t('tro.st.copied'));
    } catch {
      message.warning(t('tro.st.copyFailed'));
    }
  };
  return (
    <Card
      className="section-card"
      title={
        <>
          <FileTextOutlined /> {t('tro.st.summary')}
        </>
      }
      data-testid="stats-summary"
      extra={
        <Button size="small" icon={<CopyOutlined />} onClick={copy} data-testid="stats-summary-copy">
          {t('tro.st.copy')}
        </Button>
      }>
      <Typography.Paragraph style={{ fontSize: 15, lineHeight: 1.9, marginBottom: 4 }} data-testid="stats-summary-text">
        {text}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('tro.st.summaryHint', { from: s.previousFrom, to: s.previousTo })}
      </Typography.Text>
    </Card>
  );
}

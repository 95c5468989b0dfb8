/** The live check at a glance, beside the form: days, countries, approver, budget, the rule versions applied and the counts. */
import { Alert, Card, Descriptions, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { CheckResult } from '../api';
import { useI18n } from '@web/ui/i18n';
import { countryNames } from '@web/ui/CountryList';
import { ApproverTag, money } from '../labels';
import type { LiveCheck } from './useLiveCheck';

function RuleRef({ rule }: { rule: CheckResult['rules']['limits'] }) {
  const { t } = useI18n();
  if (!rule) return <Typography.Text type="warning">{t('tr.sum.noRule')}</Typography.Text>;
  return (
    <span>
      {rule.documentNumber} <span className="muted">{t('tr.sum.effective', { date: rule.effectiveFrom })}</span>
    </span>
  );
}

/** The facts the check worked out and the rule versions behind them (shared with the detail page). */
export function CheckFacts({ result }: { result: CheckResult }) {
  const { t, locale } = useI18n();
  const totals = result.budgetTotals?.length ? result.budgetTotals : [{ currency: 'CNY', amount: result.totalBudget }];
  return (
    <Descriptions
      column={1}
      size="small"
      data-testid="check-facts"
      items={[
        { key: 'days', label: t('tr.sum.days'), children: <span data-testid="check-days">{result.daysAbroad}</span> },
        {
          key: 'countries',
          label: t('tr.sum.countries'),
          children: (
            <span data-testid="check-countries">
              {result.countries.length ? t('tr.sum.countriesValue', { n: result.countries.length, names: countryNames(result.countries, locale) }) : 0}
            </span>
          ),
        },
        { key: 'level', label: t('tr.sum.level'), children: <ApproverTag level={result.approverLevel} /> },
        {
          key: 'budget',
          label: t('tr.sum.budget'),
          children: (
            <Flex vertical data-testid="check-budget">
              {totals.map((x) => (
                <span key={x.currency}>
                  {x.currency} {money(x.amount)}
                </span>
              ))}
            </Flex>
          ),
        },
        { key: 'limits', label: t('tr.sum.ruleLimits'), children: <RuleRef rule={result.rules.limits} /> },
        { key: 'budgetRule', label: t('tr.sum.ruleBudget'), children: <RuleRef rule={result.rules.budget} /> },
        { key: 'approval', label: t('tr.sum.ruleApproval'), children: <RuleRef rule={result.rules.approval} /> },
      ]}
    />
  );
}

export function CheckSummary({ check }: { check: LiveCheck }) {
  const { t } = useI18n();
  const { result, findings, checking, incomplete, error } = check;
  const blocking = findings.filter((f) => f.severity === 'block').length;
  const warnings = findings.length - blocking;
  return (
    <Card
      size="small"
      className="section-card"
      data-testid="check-summary"
      title={
        <>
          <SafetyCertificateOutlined /> {t('tr.sum.title')}
        </>
      }
      extra={checking ? <Spin size="small" data-testid="check-running" /> : null}>
      {incomplete && !result ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tr.sum.incomplete')} />
      ) : (
        <>
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            {blocking > 0 ? (
              <Tag color="error" data-testid="check-blocking">
                {t('tr.check.blockingN', { n: blocking })}
              </Tag>
            ) : (
              <Tag color="success" data-testid="check-blocking">
                {t('tr.sum.noBlocking')}
              </Tag>
            )}
            {warnings > 0 && (
              <Tag color="warning" data-testid="check-warnings">
                {t('tr.check.warningsN', { n: warnings })}
              </Tag>
            )}
          </Flex>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="check-error" />}
          {result && <CheckFacts result={result} />}
          {findings.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
              {t('tr.sum.atFields')}
            </Typography.Paragraph>
          )}
        </>
      )}
    </Card>
  );
}

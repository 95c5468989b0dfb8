/** The rule check, the decision and the follow-up after the trip, as the detail page's side cards. */
import { Alert, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { Application } from '../api';
import { joinList } from '@shared/labels/labels';
import { useI18n } from '@web/ui/i18n';
import { Muted } from '@web/ui/Muted';
import { CheckFacts } from '../form/CheckSummary';
import { OverdueTag } from '../labels';
import { findingSeverityLabels, ruleKeyLabels } from '@shared/labels/travel';

export function CheckCard({ a }: { a: Application }) {
  const { t, label } = useI18n();
  const { findings } = a.check;
  const blocks = findings.filter((f) => f.severity === 'block');
  const warns = findings.filter((f) => f.severity === 'warn');
  return (
    <Card
      size="small"
      className="section-card"
      title={
        <>
          <SafetyCertificateOutlined /> {t('tr.sum.title')}
        </>
      }
      data-testid="travel-findings">
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        {!findings.length && <Alert type="success" showIcon title={t('tr.check.none')} data-testid="finding-none" />}
        {[...blocks, ...warns].map((f, i) => (
          <Alert
            key={i}
            showIcon
            type={f.severity === 'block' ? 'error' : 'warning'}
            title={
              <span data-testid={`finding-${f.rule}`} data-severity={f.severity}>
                {f.message}
              </span>
            }
            description={
              <span className="muted" style={{ fontSize: 12 }}>
                {label(ruleKeyLabels, f.rule)} · {label(findingSeverityLabels, f.severity)}
              </span>
            }
            style={{ padding: '8px 12px' }}
          />
        ))}
      </Flex>
      <CheckFacts result={a.check} />
    </Card>
  );
}

/** What the office decided: members taken off, days cut, approved dates, forwarding and the decision document. */
export function DecisionCard({ a }: { a: Application }) {
  const { t } = useI18n();
  const d = a.decision;
  const any = d.removedMembers.length || d.daysCut || d.approvedDepart || d.approvedReturn || d.forwardedTo || d.decisionDocNo || d.comment;
  if (!any && !['approved', 'refused', 'forwarded'].includes(a.status)) return null;
  return (
    <Card size="small" className="section-card" title={t('tr.decision.title')} data-testid="travel-decision">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'removed',
            label: t('tr.decision.removedMembers'),
            children: d.removedMembers.length ? (
              <span data-testid="decision-removed">
                {d.removedMembers.map((n) => (
                  <Tag key={n} color="red">
                    {n}
                  </Tag>
                ))}
              </span>
            ) : (
              <Muted />
            ),
          },
          { key: 'cut', label: t('tr.decision.daysCut'), children: <span data-testid="decision-days-cut">{d.daysCut}</span> },
          {
            key: 'dates',
            label: t('tr.decision.approvedDates'),
            children: d.approvedDepart || d.approvedReturn ? `${d.approvedDepart ?? a.departDate} ~ ${d.approvedReturn ?? a.returnDate}` : <Muted />,
          },
          {
            key: 'fwd',
            label: t('tr.decision.forwarded'),
            children: d.forwardedTo ? `${d.forwardedTo}${d.forwardedOn ? ` · ${d.forwardedOn}` : ''}` : <Muted />,
          },
          { key: 'doc', label: t('tr.decision.docNo'), children: <Muted>{d.decisionDocNo}</Muted> },
          { key: 'comment', label: t('tr.review.comment'), children: <Muted>{d.comment}</Muted> },
        ]}
      />
    </Card>
  );
}

/** After the trip: actual dates and members, passports back, report filed, and what is overdue. */
export function FollowUpCard({ a }: { a: Application }) {
  const { t, locale } = useI18n();
  if (a.status !== 'approved') return null;
  const f = a.followUp;
  const due = (done: string | null, dueOn: string | null) =>
    done ? (
      <span>
        {done} <Tag color="success">{t('tr.follow.done')}</Tag>
      </span>
    ) : dueOn ? (
      <span className="muted">{t('tr.follow.dueBy', { date: dueOn })}</span>
    ) : (
      <Muted />
    );
  return (
    <Card
      size="small"
      className="section-card"
      title={t('tr.follow.title')}
      data-testid="travel-follow-up"
      extra={
        f.overdue.length ? (
          <span data-testid="travel-overdue">
            {f.overdue.map((k) => (
              <OverdueTag key={k} kind={k} />
            ))}
          </span>
        ) : null
      }>
      {!f.actualReturn && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('tr.follow.notBack')}
        </Typography.Paragraph>
      )}
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'dates', label: t('tr.follow.actualDates'), children: f.actualDepart ? `${f.actualDepart} ~ ${f.actualReturn ?? '?'}` : <Muted /> },
          { key: 'members', label: t('tr.follow.actualMembers'), children: f.actualMembers.length ? joinList(f.actualMembers, locale) : <Muted /> },
          { key: 'passports', label: t('tr.follow.passports'), children: due(f.passportsReturnedOn, f.passportsDue) },
          { key: 'report', label: t('tr.follow.report'), children: due(f.reportFiledOn, f.reportDue) },
        ]}
      />
      {f.reportSummary && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8, marginBottom: 0 }} data-testid="travel-report-summary">
          {f.reportSummary}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** The fields each review choice needs: changes to approve with, the reason for a return or refusal, where it is forwarded, the upper level's decision. */
import { Checkbox, Col, DatePicker, Form, Input, Radio, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Application } from '../api';
import { useI18n } from '@web/ui/i18n';
import { rankLabels } from '@shared/labels/travel';
import { today } from '@web/ui/format';
import type { ReviewChoice } from './ReviewModal';

const full = { style: { width: '100%' } };

export function ReviewFields({ a }: { a: Application }) {
  const { t, label } = useI18n();
  const form = Form.useFormInstance();
  const choice = Form.useWatch<ReviewChoice | undefined>('choice', form);
  const required = { required: true, message: t('common.required') };
  const reason = [{ required: true, whitespace: true, min: 2, message: t('err.reasonRequired') }];
  const comment = (rules: object[] = [], label = t('tr.review.comment')) => (
    <Form.Item name="comment" label={label} rules={rules}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} showCount data-testid="review-comment" />
    </Form.Item>
  );

  if (choice === 'approve_changes') {
    const start = dayjs(a.departDate);
    const end = dayjs(a.returnDate);
    const outside = (d: Dayjs) => d.isBefore(start, 'day') || d.isAfter(end, 'day');
    return (
      <>
        <Form.Item
          name="removeMembers"
          label={t('tr.review.removeMembers')}
          rules={[
            {
              validator: async (_, v?: number[]) => {
                if ((v?.length ?? 0) >= a.members.length) throw new Error(t('tr.review.keepOne'));
              },
            },
          ]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {a.members.map((m, i) => (
              <Checkbox key={i} value={i}>
                <span data-testid={`review-remove-${i}`}>
                  {m.name} <span className="muted">{label(rankLabels, m.rank)}</span>
                </span>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('tr.review.shortenHint', { depart: a.departDate, ret: a.returnDate })}</Typography.Paragraph>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="departDate" label={t('tr.review.approvedDepart')}>
              <DatePicker {...full} disabledDate={outside} placeholder={a.departDate} data-testid="review-depart" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="returnDate"
              label={t('tr.review.approvedReturn')}
              dependencies={['departDate', 'removeMembers']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, v: Dayjs | null) => {
                    const d = (getFieldValue('departDate') as Dayjs | null) ?? start;
                    if (v && v.isBefore(d, 'day')) throw new Error(t('tr.f.returnBeforeDepart'));
                    const removed = (getFieldValue('removeMembers') as number[] | undefined)?.length ?? 0;
                    const shortened = (getFieldValue('departDate') as Dayjs | null)?.isAfter(start, 'day') || (v?.isBefore(end, 'day') ?? false);
                    if (!removed && !shortened) throw new Error(t('tr.review.noChange'));
                  },
                }),
              ]}>
              <DatePicker {...full} disabledDate={outside} placeholder={a.returnDate} data-testid="review-return-date" />
            </Form.Item>
          </Col>
        </Row>
        {comment()}
      </>
    );
  }
  if (choice === 'return' || choice === 'refuse') return comment(reason, choice === 'return' ? t('tr.review.returnReason') : t('tr.review.refuseReason'));
  if (choice === 'forward') {
    return (
      <>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="forwardedOn" label={t('tr.review.forwardedOn')} rules={[required]} initialValue={dayjs(today())}>
              <DatePicker {...full} data-testid="review-forwarded-on" />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="forwardedTo" label={t('tr.review.forwardedTo')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} placeholder={t('tr.review.forwardedToPlaceholder')} data-testid="review-forwarded-to" />
            </Form.Item>
          </Col>
        </Row>
        {comment()}
      </>
    );
  }
  if (choice === 'record_decision') {
    return (
      <>
        <Form.Item name="decision" label={t('tr.review.upperDecision')} rules={[required]}>
          <Radio.Group>
            <Radio value="approved">
              <span data-testid="review-decision-approved">{t('tr.review.upperApproved')}</span>
            </Radio>
            <Radio value="refused">
              <span data-testid="review-decision-refused">{t('tr.review.upperRefused')}</span>
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="decisionDocNo" label={t('tr.review.decisionDocNo')}>
          <Input maxLength={100} placeholder={t('tr.review.decisionDocNoPlaceholder')} data-testid="review-doc-no" />
        </Form.Item>
        {comment()}
      </>
    );
  }
  return comment();
}

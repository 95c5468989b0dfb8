/** The smaller workflow dialogs: cancel, the leader's decision, return from the trip, passports handed back, the report filed. */
import { Checkbox, Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { applicationsApi, type Application } from '../api';
import { useT } from '@web/ui/i18n';
import { today } from '@web/ui/format';
import { ymd } from '../form/formModel';
import { ActionModal } from './ActionModal';

const full = { style: { width: '100%' } };
interface ModalProps {
  a: Application;
  open: boolean;
  onClose: () => void;
}

export function CancelModal({ a, open, onClose }: ModalProps) {
  const t = useT();
  return (
    <ActionModal<{ reason: string }>
      open={open}
      onClose={onClose}
      title={t('tr.cancel.title')}
      testid="cancel"
      applicationId={a.id}
      fields={['reason']}
      danger
      okText={t('tr.cancel.ok')}
      send={(v) => applicationsApi.cancel(a.id, a.version, v.reason.trim())}>
      <Form.Item
        name="reason"
        label={t('tr.cancel.reason')}
        extra={t('tr.cancel.hint')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('err.reasonRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount data-testid="cancel-reason" />
      </Form.Item>
    </ActionModal>
  );
}

type LeaderChoice = 'approve' | 'return' | 'refuse';
const DECIDE_TESTIDS: Record<LeaderChoice, string> = { approve: 'decide-approve', return: 'decide-return', refuse: 'decide-refuse' };

export function DecideModal({ a, open, onClose }: ModalProps) {
  const t = useT();
  return (
    <ActionModal<{ decision: LeaderChoice; comment?: string }>
      open={open}
      onClose={onClose}
      title={t('tr.decide.title', { id: a.id })}
      testid="decide"
      applicationId={a.id}
      fields={['decision', 'comment']}
      initialValues={{ decision: 'approve' }}
      send={(v) => applicationsApi.decide(a.id, { decision: v.decision, version: a.version, comment: v.comment?.trim() || null })}>
      <Form.Item name="decision" label={t('tr.decide.decision')} rules={[{ required: true, message: t('common.required') }]}>
        <Radio.Group>
          {(['approve', 'return', 'refuse'] as const).map((d) => (
            <Radio key={d} value={d}>
              <span data-testid={DECIDE_TESTIDS[d]}>{t(`tr.decide.${d}`)}</span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['decision']}>
        {({ getFieldValue }) => {
          // A return or a refusal says why; an approval may.
          const why = getFieldValue('decision') !== 'approve';
          return (
            <Form.Item
              name="comment"
              label={why ? t('tr.decide.reason') : t('tr.review.comment')}
              rules={why ? [{ required: true, whitespace: true, min: 2, message: t('err.reasonRequired') }] : []}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} showCount data-testid="decide-comment" />
            </Form.Item>
          );
        }}
      </Form.Item>
    </ActionModal>
  );
}

interface TripValues {
  actualDepart: Dayjs | null;
  actualReturn: Dayjs | null;
  actualMembers: string[];
}

export function TripReturnModal({ a, open, onClose }: ModalProps) {
  const t = useT();
  const removed = new Set(a.decision.removedMembers);
  const approved = a.members.map((m) => m.name).filter((n) => !removed.has(n));
  const initial: TripValues = {
    actualDepart: dayjs(a.followUp.actualDepart ?? a.decision.approvedDepart ?? a.departDate),
    actualReturn: dayjs(a.followUp.actualReturn ?? a.decision.approvedReturn ?? a.returnDate),
    actualMembers: a.followUp.actualMembers.length ? a.followUp.actualMembers : approved,
  };
  return (
    <ActionModal<TripValues>
      open={open}
      onClose={onClose}
      title={t('tr.trip.title')}
      testid="trip"
      applicationId={a.id}
      fields={['actualDepart', 'actualReturn', 'actualMembers']}
      initialValues={initial}
      send={(v) =>
        applicationsApi.tripReturn(a.id, {
          version: a.version,
          actualDepart: ymd(v.actualDepart),
          actualReturn: ymd(v.actualReturn),
          actualMembers: v.actualMembers,
        })
      }>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="actualDepart" label={t('tr.trip.actualDepart')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker {...full} data-testid="trip-depart" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="actualReturn"
            label={t('tr.trip.actualReturn')}
            dependencies={['actualDepart']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: async (_, v: Dayjs | null) => {
                  const d = getFieldValue('actualDepart') as Dayjs | null;
                  if (v && d && v.isBefore(d, 'day')) throw new Error(t('tr.f.returnBeforeDepart'));
                },
              }),
            ]}>
            <DatePicker {...full} data-testid="trip-return" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="actualMembers"
        label={t('tr.trip.actualMembers')}
        extra={t('tr.trip.membersHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('tr.trip.membersRequired') }]}>
        <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} data-testid="trip-members">
          {approved.map((n, i) => (
            <Checkbox key={n} value={n}>
              <span data-testid={`trip-member-${i}`}>{n}</span>
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
    </ActionModal>
  );
}

export function PassportsModal({ a, open, onClose }: ModalProps) {
  const t = useT();
  return (
    <ActionModal<{ on: Dayjs | null }>
      open={open}
      onClose={onClose}
      title={t('tr.passports.title')}
      testid="passports"
      applicationId={a.id}
      fields={['on']}
      initialValues={{ on: dayjs(today()) }}
      send={(v) => applicationsApi.passportsReturned(a.id, a.version, ymd(v.on))}>
      <Form.Item
        name="on"
        label={t('tr.passports.on')}
        extra={a.followUp.passportsDue ? t('tr.passports.due', { date: a.followUp.passportsDue }) : undefined}
        rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker {...full} data-testid="passports-on" />
      </Form.Item>
    </ActionModal>
  );
}

export function ReportModal({ a, open, onClose }: ModalProps) {
  const t = useT();
  return (
    <ActionModal<{ filedOn: Dayjs | null; summary: string }>
      open={open}
      onClose={onClose}
      title={t('tr.report.title')}
      testid="report"
      applicationId={a.id}
      width={640}
      fields={['filedOn', 'summary']}
      initialValues={{ filedOn: dayjs(today()) }}
      send={(v) => applicationsApi.report(a.id, a.version, ymd(v.filedOn), v.summary.trim())}>
      <Form.Item
        name="filedOn"
        label={t('tr.report.filedOn')}
        extra={a.followUp.reportDue ? t('tr.report.due', { date: a.followUp.reportDue }) : undefined}
        rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker data-testid="report-on" />
      </Form.Item>
      <Form.Item name="summary" label={t('tr.report.summary')} rules={[{ required: true, whitespace: true, min: 2, message: t('tr.report.summaryRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} maxLength={5000} showCount data-testid="report-summary" />
      </Form.Item>
    </ActionModal>
  );
}

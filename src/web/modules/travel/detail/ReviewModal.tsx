/**
 * The office's review of an application: approve as applied, approve with changes (members taken
 * off, dates shortened), return for changes, refuse, forward upward, or record the upper level's
 * decision. Only the choices the server's `can` allows are offered.
 */
import { Alert, Form, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { applicationsApi, type Application, type ReviewBody } from '../api';
import { useT } from '@web/ui/i18n';
import { ymd } from '../form/formModel';
import { ActionModal } from './ActionModal';
import { ReviewFields } from './ReviewFields';

export type ReviewChoice = 'approve' | 'approve_changes' | 'return' | 'refuse' | 'forward' | 'record_decision';

/** The choices each review step of the application's `can` opens, in the order the dialog lists them. */
const CHOICES_OF: Array<[keyof Application['can'], ReviewChoice[]]> = [
  ['approve', ['approve', 'approve_changes']],
  ['return', ['return']],
  ['refuse', ['refuse']],
  ['forward', ['forward']],
  ['recordDecision', ['record_decision']],
];
export const reviewChoices = (can: Application['can']): ReviewChoice[] => CHOICES_OF.flatMap(([flag, choices]) => (can[flag] ? choices : []));

// Spelled out so a search for a test id finds it.
const CHOICE_TESTIDS: Record<ReviewChoice, string> = {
  approve: 'review-approve',
  approve_changes: 'review-approve-changes',
  return: 'review-return',
  refuse: 'review-refuse',
  forward: 'review-forward',
  record_decision: 'review-record',
};

export interface ReviewValues {
  choice: ReviewChoice;
  comment?: string;
  removeMembers?: number[];
  departDate?: Dayjs | null;
  returnDate?: Dayjs | null;
  forwardedOn?: Dayjs | null;
  forwardedTo?: string;
  decision?: 'approved' | 'refused';
  decisionDocNo?: string;
}

const REVIEW_FIELDS = ['choice', 'comment', 'removeMembers', 'departDate', 'returnDate', 'forwardedOn', 'forwardedTo', 'decision', 'decisionDocNo'];

function toBody(v: ReviewValues, a: Application): ReviewBody {
  const version = a.version;
  const comment = v.comment?.trim() || null;
  switch (v.choice) {
    case 'approve':
      return { action: 'approve', version, comment };
    case 'approve_changes': {
      const depart = ymd(v.departDate);
      const ret = ymd(v.returnDate);
      return {
        action: 'approve',
        version,
        comment,
        removeMembers: v.removeMembers ?? [],
        departDate: depart && depart !== a.departDate ? depart : undefined,
        returnDate: ret && ret !== a.returnDate ? ret : undefined,
      };
    }
    case 'return':
    case 'refuse':
      return { action: v.choice, version, comment: comment ?? '' };
    case 'forward':
      return { action: 'forward', version, forwardedOn: ymd(v.forwardedOn), forwardedTo: (v.forwardedTo ?? '').trim(), comment };
    case 'record_decision':
      return { action: 'record_decision', version, decision: v.decision ?? 'approved', decisionDocNo: v.decisionDocNo?.trim() || null, comment };
  }
}

export function ReviewModal({ a, open, onClose }: { a: Application; open: boolean; onClose: () => void }) {
  const t = useT();
  const choices = reviewChoices(a.can);
  return (
    <ActionModal<ReviewValues>
      open={open}
      onClose={onClose}
      title={t('tr.review.title', { id: a.id })}
      width={640}
      testid="review"
      applicationId={a.id}
      fields={REVIEW_FIELDS}
      okText={t('tr.review.ok')}
      send={(v) => applicationsApi.review(a.id, toBody(v, a))}
      initialValues={{ choice: choices[0], removeMembers: [], decision: 'approved' }}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(`tr.review.levelHint.${a.check.approverLevel}`)} data-testid="review-level-hint" />
      <Form.Item name="choice" label={t('tr.review.choice')} rules={[{ required: true, message: t('common.required') }]}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          {choices.map((c) => (
            <Radio key={c} value={c}>
              <span data-testid={CHOICE_TESTIDS[c]}>{t(`tr.review.choice.${c}`)}</span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <ReviewFields a={a} />
    </ActionModal>
  );
}

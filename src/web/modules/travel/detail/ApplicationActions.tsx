/** The detail page's action buttons, exactly those the application's `can` flags allow, with their dialogs. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button } from 'antd';
import {
  AuditOutlined,
  CheckCircleOutlined,
  EditOutlined,
  FileDoneOutlined,
  IdcardOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { applicationsApi, type Application } from '../api';
import { testIdProps } from '@web/ui/formErrors';
import { useT } from '@web/ui/i18n';
import { CancelModal, DecideModal, PassportsModal, ReportModal, TripReturnModal } from './ActionModals';
import { ReviewModal } from './ReviewModal';
import { useApplicationUpdated } from './useApplicationUpdated';

type Dialog = 'cancel' | 'review' | 'decide' | 'trip' | 'passports' | 'report';

export function ApplicationActions({ a }: { a: Application }) {
  const t = useT();
  const nav = useNavigate();
  const { modal } = App.useApp();
  const { done, failed } = useApplicationUpdated();
  const [open, setOpen] = useState<Dialog | null>(null);
  const close = () => setOpen(null);
  const can = a.can;

  /** Submit and withdraw need no more than a confirmation. */
  const confirm = (title: string, content: string, okTestid: string, call: () => Promise<Application>, doneText: string) =>
    modal.confirm({
      title,
      content,
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: testIdProps(okTestid),
      onOk: async () => {
        try {
          done(await call(), doneText);
        } catch (e) {
          failed(a.id, e);
        }
      },
    });

  return (
    <>
      {can.edit && (
        <Button icon={<EditOutlined />} onClick={() => nav(`/travel/applications/${a.id}/edit`)} data-testid="travel-action-edit">
          {t('common.edit')}
        </Button>
      )}
      {can.submit && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          data-testid="travel-action-submit"
          onClick={() =>
            confirm(
              t('tr.act.submitTitle'),
              a.check.blocking ? t('tr.act.submitBlocked', { n: a.check.blocking }) : t('tr.act.submitBody'),
              'submit-ok',
              () => applicationsApi.submit(a.id, a.version),
              t('tr.msg.submitted'),
            )
          }>
          {t('tr.act.submit')}
        </Button>
      )}
      {can.withdraw && (
        <Button
          icon={<UndoOutlined />}
          data-testid="travel-action-withdraw"
          onClick={() =>
            confirm(t('tr.act.withdrawTitle'), t('tr.act.withdrawBody'), 'withdraw-ok', () => applicationsApi.withdraw(a.id, a.version), t('tr.msg.withdrawn'))
          }>
          {t('tr.act.withdraw')}
        </Button>
      )}
      {can.review && (
        <Button type="primary" icon={<AuditOutlined />} onClick={() => setOpen('review')} data-testid="travel-action-review">
          {t('tr.act.review')}
        </Button>
      )}
      {can.decide && (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setOpen('decide')} data-testid="travel-action-decide">
          {t('tr.act.decide')}
        </Button>
      )}
      {can.recordReturn && (
        <Button icon={<RollbackOutlined />} onClick={() => setOpen('trip')} data-testid="travel-action-return-trip">
          {t('tr.act.recordReturn')}
        </Button>
      )}
      {can.passportsReturned && (
        <Button icon={<IdcardOutlined />} onClick={() => setOpen('passports')} data-testid="travel-action-passports">
          {t('tr.act.passports')}
        </Button>
      )}
      {can.fileReport && (
        <Button icon={<FileDoneOutlined />} onClick={() => setOpen('report')} data-testid="travel-action-report">
          {t('tr.act.report')}
        </Button>
      )}
      {can.cancel && (
        <Button danger icon={<StopOutlined />} onClick={() => setOpen('cancel')} data-testid="travel-action-cancel">
          {t('tr.act.cancel')}
        </Button>
      )}
      {can.review && <ReviewModal a={a} open={open === 'review'} onClose={close} />}
      {can.decide && <DecideModal a={a} open={open === 'decide'} onClose={close} />}
      {can.cancel && <CancelModal a={a} open={open === 'cancel'} onClose={close} />}
      {can.recordReturn && <TripReturnModal a={a} open={open === 'trip'} onClose={close} />}
      {can.passportsReturned && <PassportsModal a={a} open={open === 'passports'} onClose={close} />}
      {can.fileReport && <ReportModal a={a} open={open === 'report'} onClose={close} />}
    </>
  );
}

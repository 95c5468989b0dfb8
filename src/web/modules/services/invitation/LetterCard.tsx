/** The issued letter: its number, the download in the languages the office prints, and the close-out (销签). */
import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Radio, Space, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { CLOSE_OUT_KIND_LABELS, CLOSE_OUT_STATE_LABELS } from '@shared/labels/services-invitation';
import { testIdProps } from '@web/ui/formErrors';
import { useI18n } from '@web/ui/i18n';
import { useModalSubmit } from '@web/ui/useModalSubmit';
import { invitationApi, type Invitation, type LetterLang } from './api';

export const CLOSE_OUT_COLORS = { due: 'gold', overdue: 'red', done: 'green' } as const;
const LANGS: LetterLang[] = ['zh-CN', 'en-US', 'bilingual'];

function CloseOutForm({ inv, onDone }: { inv: Invitation; onDone: (inv: Invitation) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ how: 'left' | 'cancelled'; departedOn?: Dayjs }>();
  const how = Form.useWatch('how', form);
  const { busy, error, run } = useModalSubmit(form, ['departedOn']);
  const submit = (v: { how: 'left' | 'cancelled'; departedOn?: Dayjs }) =>
    run(async () => {
      const body =
        v.how === 'left' ? { version: inv.version, departedOn: v.departedOn!.format('YYYY-MM-DD') } : { version: inv.version, cancelled: true as const };
      onDone(await invitationApi.closeOut(inv.caseId, body));
      message.success(t('svc.invitation.closeOutDone'));
    });
  return (
    <Form form={form} layout="inline" initialValues={{ how: 'left' }} onFinish={submit} style={{ marginTop: 12, rowGap: 8 }}>
      {error && <Alert type="error" showIcon title={error} style={{ width: '100%', marginBottom: 8 }} />}
      <Form.Item name="how" label={t('svc.invitation.closeOutHow')}>
        <Radio.Group
          options={(['left', 'cancelled'] as const).map((k) => ({
            value: k,
            label: t(k === 'left' ? 'svc.invitation.departedOn' : 'svc.invitation.cancelled'),
          }))}
          data-testid="closeout-how"
        />
      </Form.Item>
      {how !== 'cancelled' && (
        <Form.Item name="departedOn" rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker data-testid="closeout-departedOn" />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={busy} {...testIdProps('closeout-submit')}>
        {t('svc.invitation.closeOutSubmit')}
      </Button>
    </Form>
  );
}

export function LetterCard({ inv, onChanged }: { inv: Invitation; onChanged: (inv: Invitation) => void }) {
  const { t, label } = useI18n();
  const [lang, setLang] = useState<LetterLang>('zh-CN');
  if (!inv.letterNumber) return null;
  const state = inv.closeOutState;
  return (
    <Card size="small" title={t('svc.invitation.letter')} data-testid="invitation-letter">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'n', label: t('svc.invitation.letterNumber'), children: <span data-testid="letter-number">{inv.letterNumber}</span> },
          { key: 'd', label: t('svc.invitation.issuedOn'), children: inv.issuedOn },
          {
            key: 'c',
            label: t('svc.invitation.closeOut'),
            children: state && (
              <Space size="small">
                <Tag color={CLOSE_OUT_COLORS[state]} data-testid="closeout-state">
                  {label(CLOSE_OUT_STATE_LABELS, state)}
                </Tag>
                {inv.closedOutOn
                  ? `${label(CLOSE_OUT_KIND_LABELS, inv.closeOutKind)} ${inv.departedOn ?? ''} · ${t('svc.invitation.closedOutOn')} ${inv.closedOutOn}`
                  : `${t('svc.invitation.closeOutDue')} ${inv.closeOutDueOn ?? ''}`}
              </Space>
            ),
          },
        ]}
      />
      {inv.can.download && (
        <Space wrap style={{ marginTop: 8 }}>
          <Radio.Group
            size="small"
            value={lang}
            onChange={(e) => setLang(e.target.value as LetterLang)}
            options={LANGS.map((l) => ({ value: l, label: t(`svc.invitation.lang.${l}`) }))}
            optionType="button"
          />
          <Button icon={<DownloadOutlined />} href={invitationApi.letterUrl(inv.caseId, lang)} {...testIdProps('letter-download')}>
            {t('svc.invitation.download')}
          </Button>
        </Space>
      )}
      {inv.can.closeOut && (
        <>
          <Alert type={state === 'overdue' ? 'error' : 'info'} showIcon title={t('svc.invitation.closeOutHint')} style={{ marginTop: 12 }} />
          <CloseOutForm inv={inv} onDone={onChanged} />
        </>
      )}
    </Card>
  );
}

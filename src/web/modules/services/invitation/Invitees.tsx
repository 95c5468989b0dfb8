/** The letter's invitees: a table, the add/edit dialog with the MRZ paste box, and removal with a reason. */
import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { SEXES } from '@shared/contracts/residents';
import { ArchiveReasonModal } from '@web/ui/ArchiveReasonModal';
import { CountrySelect } from '@web/ui/CountrySelect';
import { testIdProps } from '@web/ui/formErrors';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { isConflict } from '@web/ui/RecordModals';
import { useModalSubmit } from '@web/ui/useModalSubmit';
import { invitationApi, type Invitation, type Invitee } from './api';

type Values = Omit<Invitee, 'id' | 'version' | 'nationalityName' | 'birthDate' | 'passportExpiry' | 'sex'> & {
  sex: Sex;
  birthDate?: Dayjs;
  passportExpiry?: Dayjs;
};
type Sex = (typeof SEXES)[number];
const FIELDS = ['name', 'sex', 'birthDate', 'nationality', 'passportNo', 'passportExpiry', 'employer', 'title', 'earlierVisas', 'crossingsLastYear'];
const day = (s: string | null | undefined) => (s ? dayjs(s) : undefined);

function InviteeModal({
  caseId,
  editing,
  multiple,
  onClose,
  onDone,
}: {
  caseId: number;
  editing: Invitee | 'new' | null;
  multiple: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [mrz, setMrz] = useState('');
  const [mrzNote, setMrzNote] = useState<string | null>(null);
  const { busy, error, run } = useModalSubmit(form, FIELDS);
  const current = editing && editing !== 'new' ? editing : null;
  const submit = (v: Values) =>
    run(async () => {
      const body = {
        ...v,
        birthDate: v.birthDate!.format('YYYY-MM-DD'),
        passportExpiry: v.passportExpiry!.format('YYYY-MM-DD'),
        earlierVisas: !!v.earlierVisas,
      };
      if (current) await invitationApi.updateInvitee(caseId, current.id, { ...body, version: current.version });
      else await invitationApi.addInvitee(caseId, body);
      onDone();
    });
  const readMrz = () =>
    run(async () => {
      const r = await invitationApi.readMrz(caseId, mrz);
      form.setFieldsValue({ ...r.fields, sex: r.fields.sex as Sex, birthDate: day(r.fields.birthDate), passportExpiry: day(r.fields.passportExpiry) });
      setMrzNote(r.problems.length ? t('svc.invitation.mrzProblems', { p: r.problems.join('; ') }) : null);
      message.success(t('svc.invitation.mrzFilled'));
    });
  const initial: Partial<Values> = current
    ? { ...current, sex: current.sex as Sex, birthDate: day(current.birthDate), passportExpiry: day(current.passportExpiry) }
    : { earlierVisas: false };
  return (
    <Modal
      open={!!editing}
      title={t(current ? 'svc.invitation.editInvitee' : 'svc.invitation.addInvitee')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={testIdProps('invitee-save')}
      destroyOnHidden
      width={720}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Card size="small" title={t('svc.invitation.mrz')} style={{ marginBottom: 12 }}>
        <Input.TextArea
          value={mrz}
          onChange={(e) => setMrz(e.target.value)}
          autoSize={{ minRows: 2 }}
          placeholder={t('svc.invitation.mrzHint')}
          style={{ fontFamily: 'monospace' }}
          data-testid="invitee-mrz"
        />
        {mrzNote && <Alert type="warning" showIcon title={mrzNote} style={{ marginTop: 8 }} />}
        <Button style={{ marginTop: 8 }} onClick={readMrz} disabled={mrz.trim().length < 10} loading={busy} {...testIdProps('invitee-mrz-read')}>
          {t('svc.invitation.mrzRead')}
        </Button>
      </Card>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('svc.invitation.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input maxLength={100} data-testid="invitee-name" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="sex" label={t('svc.invitation.sex')} rules={[{ required: true, message: t('common.required') }]}>
              <Select options={SEXES.map((s) => ({ value: s, label: t(`svc.invitation.sex.${s}` as MessageKey) }))} data-testid="invitee-sex" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="birthDate" label={t('svc.invitation.birthDate')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker style={{ width: '100%' }} data-testid="invitee-birthDate" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="nationality" label={t('svc.invitation.nationality')} rules={[{ required: true, message: t('common.required') }]}>
              <CountrySelect data-testid="invitee-nationality" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="passportNo" label={t('svc.invitation.passportNo')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input maxLength={30} data-testid="invitee-passportNo" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="passportExpiry" label={t('svc.invitation.passportExpiry')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker style={{ width: '100%' }} data-testid="invitee-passportExpiry" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="employer" label={t('svc.invitation.employer')}>
              <Input maxLength={200} data-testid="invitee-employer" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="title" label={t('svc.invitation.title')}>
              <Input maxLength={100} data-testid="invitee-title" />
            </Form.Item>
          </Col>
          {multiple && (
            <>
              <Col xs={12}>
                <Form.Item name="earlierVisas" valuePropName="checked" label=" ">
                  <Checkbox>{t('svc.invitation.earlierVisas')}</Checkbox>
                </Form.Item>
              </Col>
              <Col xs={12}>
                <Form.Item name="crossingsLastYear" label={t('svc.invitation.crossingsLastYear')}>
                  <InputNumber min={0} max={1000} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
      </Form>
    </Modal>
  );
}

const REMOVE_TEXT = {
  title: 'svc.invitation.removeTitle',
  hint: 'svc.invitation.removeHint',
  ok: 'svc.invitation.remove',
  reason: 'svc.invitation.removeReason',
  reasonRequired: 'common.required',
} as const;

/** Short cells (a sex, a date, a country) kept on one line: a narrow card scrolls the table instead of breaking them. */
const NOWRAP = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }), onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

export function Invitees({ inv, editable, onChanged }: { inv: Invitation; editable: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Invitee | 'new' | null>(null);
  const [removing, setRemoving] = useState<Invitee | null>(null);
  const full = inv.invitees.length >= 5;
  const columns = [
    { key: 'name', title: t('svc.invitation.name'), dataIndex: 'name' },
    { ...NOWRAP, key: 'sex', title: t('svc.invitation.sex'), render: (p: Invitee) => t(`svc.invitation.sex.${p.sex}` as MessageKey) },
    { ...NOWRAP, key: 'birthDate', title: t('svc.invitation.birthDate'), dataIndex: 'birthDate' },
    { ...NOWRAP, key: 'nationality', title: t('svc.invitation.nationality'), dataIndex: 'nationalityName' },
    { ...NOWRAP, key: 'passportNo', title: t('svc.invitation.passportNo'), dataIndex: 'passportNo' },
    { ...NOWRAP, key: 'passportExpiry', title: t('svc.invitation.passportExpiry'), dataIndex: 'passportExpiry' },
    { key: 'employer', title: t('svc.invitation.employer'), render: (p: Invitee) => [p.employer, p.title].filter(Boolean).join(' · ') },
    ...(editable
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (p: Invitee) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => setEditing(p)} data-testid={`invitee-edit-${p.id}`}>
                  {t('common.edit')}
                </Button>
                <Button size="small" type="link" danger onClick={() => setRemoving(p)} data-testid={`invitee-remove-${p.id}`}>
                  {t('svc.invitation.remove')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      size="small"
      title={t('svc.invitation.invitees', { n: inv.invitees.length })}
      extra={
        editable && (
          <Button size="small" icon={<PlusOutlined />} disabled={full} onClick={() => setEditing('new')} {...testIdProps('invitee-add')}>
            {t('svc.invitation.addInvitee')}
          </Button>
        )
      }
      data-testid="invitation-invitees">
      <Table<Invitee>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={inv.invitees}
        locale={{ emptyText: t('svc.invitation.noInvitees') }}
        scroll={{ x: true }}
      />
      <InviteeModal
        caseId={inv.caseId}
        editing={editing}
        multiple={inv.entries === 'multiple'}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          onChanged();
        }}
      />
      <ArchiveReasonModal
        open={!!removing}
        onClose={() => setRemoving(null)}
        archive={(reason) => invitationApi.removeInvitee(inv.caseId, removing!.id, removing!.version, reason)}
        onDone={() => {
          setRemoving(null);
          message.success(t('svc.invitation.removed'));
          onChanged();
        }}
        isConflict={isConflict}
        onConflict={() => {
          setRemoving(null);
          onChanged();
        }}
        text={REMOVE_TEXT}
      />
    </Card>
  );
}

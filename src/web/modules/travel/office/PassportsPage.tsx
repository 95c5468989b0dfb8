/**
 * Passport custody (因公证照集中保管): the office keeps official passports, issues them for a trip and
 * takes them back afterwards. Reviewers register; each passport's buttons are its server `can` (edit, issue,
 * take back), so the page offers exactly the steps the server would take.
 */
import { useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { EditOutlined, ExportOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { PASSPORT_STATES } from '@shared/contracts/travel';
import { addMonths } from '@shared/reference/dates';
import { passportsApi, type Passport } from './api';
import { FilterCard, ResetButton, SearchFilter, SelectFilter, fullWidth } from '@web/ui/FilterBar';
import { testIdProps } from '@web/ui/formErrors';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { PageHeader } from '@web/ui/PageHeader';
import { PagedTable } from '@web/ui/PagedTable';
import { useModalSubmit } from '@web/ui/useModalSubmit';
import { useI18n } from '@web/ui/i18n';
import { today } from '@web/ui/format';
import { useCan } from '@web/ui/session';
import { num, oneOf, useUrlQuery } from '@web/ui/useUrlQuery';
import { AppLink, PassportStateTag, isConflict, useTroOptions, type PassportType } from './common';

function parse(get: (k: string) => string | undefined) {
  return {
    q: get('q'),
    state: oneOf(PASSPORT_STATES, get('state')),
    orgUnitId: num(get('orgUnitId')),
    page: num(get('page')) ?? 1,
    pageSize: num(get('pageSize')) ?? 20,
  };
}

type Dialog = { kind: 'register' } | { kind: 'edit' | 'issue' | 'return'; p: Passport } | null;

/** Red when expired or within six months (a passport must outlast the trip by six months). */
function Expiry({ date }: { date: string }) {
  const { t } = useI18n();
  const tdy = today();
  if (date < tdy)
    return (
      <Space size={4} style={{ whiteSpace: 'nowrap' }}>
        <Typography.Text type="danger">{date}</Typography.Text>
        <Tag color="red">{t('tro.pp.expired')}</Tag>
      </Space>
    );
  if (date < addMonths(tdy, 6)) {
    return (
      <Tooltip title={t('tro.pp.within6Hint')}>
        <Space size={4} style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text type="danger">{date}</Typography.Text>
          <Tag color="red" data-testid="passport-expiring">
            {t('tro.pp.within6')}
          </Tag>
        </Space>
      </Tooltip>
    );
  }
  return <span>{date}</span>;
}

function DueBack({ p }: { p: Passport }) {
  const { t } = useI18n();
  if (!p.dueBack) return <span className="muted">—</span>;
  if (p.state === 'issued' && p.dueBack < today()) {
    return (
      <Space size={4} style={{ whiteSpace: 'nowrap' }}>
        <Typography.Text type="danger" strong>
          {p.dueBack}
        </Typography.Text>
        <Tag color="red" data-testid="passport-overdue">
          {t('tro.pp.overdue')}
        </Tag>
      </Space>
    );
  }
  return <span>{p.dueBack}</span>;
}

export default function PassportsPage() {
  const { t } = useI18n();
  const can = useCan();
  const { query, update, reset } = useUrlQuery(parse);
  const opts = useTroOptions();
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useQuery({ queryKey: ['travel', 'passports', query], queryFn: () => passportsApi.list(query), placeholderData: keepPreviousData });
  const typeLabel = (v: PassportType) => opts.passportTypes.find((o) => o.value === v)?.label ?? v;
  // The actions column is there when some passport on the page offers the caller a step.
  const acts = (list.data?.items ?? []).some((p) => p.can.update || p.can.issue || p.can.return);

  const columns: TableProps<Passport>['columns'] = [
    {
      key: 'holder',
      title: t('tro.pp.col.holder'),
      fixed: 'left',
      width: 140,
      render: (_, p) => (
        <div>
          <div style={{ fontWeight: 500 }}>{p.holderName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.orgUnitName}
          </Typography.Text>
        </div>
      ),
    },
    { key: 'type', title: t('tro.pp.col.type'), width: 130, render: (_, p) => typeLabel(p.passportType) },
    { key: 'number', title: t('tro.pp.col.number'), dataIndex: 'number', width: 120, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { key: 'expiry', title: t('tro.pp.col.expiry'), width: 190, render: (_, p) => <Expiry date={p.expiry} /> },
    { key: 'state', title: t('tro.pp.col.state'), width: 90, render: (_, p) => <PassportStateTag state={p.state} /> },
    { key: 'heldBy', title: t('tro.pp.col.heldBy'), width: 90, render: (_, p) => p.heldBy ?? <span className="muted">—</span> },
    {
      key: 'issuedOn',
      title: t('tro.pp.col.issuedOn'),
      width: 110,
      // Once back in custody the last issue is history: show when it came back instead.
      render: (_, p) =>
        p.state === 'issued' && p.issuedOn ? (
          p.issuedOn
        ) : p.returnedOn ? (
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('tro.pp.returnedOnShort', { date: p.returnedOn })}
          </Typography.Text>
        ) : (
          <span className="muted">—</span>
        ),
    },
    { key: 'dueBack', title: t('tro.pp.col.dueBack'), width: 155, render: (_, p) => <DueBack p={p} /> },
    {
      key: 'app',
      title: t('tro.pp.col.application'),
      width: 90,
      render: (_, p) => (p.applicationId ? <AppLink id={p.applicationId} /> : <span className="muted">—</span>),
    },
    ...(acts
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right' as const,
            width: 120,
            render: (_: unknown, p: Passport) => (
              <Space size={4} wrap>
                {p.can.issue && (
                  <Button
                    size="small"
                    type="primary"
                    ghost
                    icon={<ExportOutlined />}
                    onClick={() => setDialog({ kind: 'issue', p })}
                    data-testid={`passport-issue-${p.id}`}>
                    {t('tro.pp.issue')}
                  </Button>
                )}
                {p.can.return && (
                  <Button
                    size="small"
                    type="primary"
                    ghost
                    icon={<ImportOutlined />}
                    onClick={() => setDialog({ kind: 'return', p })}
                    data-testid={`passport-return-${p.id}`}>
                    {t('tro.pp.return')}
                  </Button>
                )}
                {p.can.update && (
                  <Tooltip title={t('common.edit')}>
                    <Button size="small" icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit', p })} data-testid={`passport-edit-${p.id}`} />
                  </Tooltip>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('tro.pp.title')}
        sub={t('tro.pp.sub')}
        extra={
          // Registering is no step on a passport: the route's permission decides it.
          can('travel.review') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'register' })} data-testid="passport-register">
              {t('tro.pp.register')}
            </Button>
          )
        }
      />
      <FilterCard testid="passport-filters">
        <Col xs={24} md={12} xl={8}>
          <SearchFilter value={query.q} placeholder={t('tro.pp.searchPh')} onSearch={(q) => update({ q })} />
        </Col>
        <Col xs={12} md={6} xl={5}>
          <SelectFilter<string>
            testid="filter-state"
            placeholder={t('tro.pp.col.state')}
            value={query.state}
            options={opts.passportStates}
            onChange={(state) => update({ state })}
          />
        </Col>
        {!can('travel.apply') && (
          <Col xs={12} md={6} xl={7}>
            <OrgTreeSelect
              {...fullWidth}
              placeholder={t('tro.unit')}
              value={query.orgUnitId}
              onChange={(v) => update({ orgUnitId: v })}
              data-testid="filter-unit"
            />
          </Col>
        )}
        <Col flex="auto" style={{ textAlign: 'right' }}>
          <ResetButton onClick={reset} />
        </Col>
      </FilterCard>
      <PagedTable<Passport>
        result={list}
        page={query.page}
        pageSize={query.pageSize}
        onPage={(page, pageSize) => update({ page, pageSize })}
        data-testid="passports-table"
        columns={columns}
        scroll={{ x: acts ? 1220 : 1100 }}
        empty={t('tro.pp.empty')}
        totalTestid="passports-total"
      />
      <PassportDialogs dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}

interface PassportValues {
  orgUnitId?: number;
  holderName: string;
  passportType: PassportType;
  number: string;
  expiry: Dayjs;
  notes?: string;
}
interface IssueValues {
  on: Dayjs;
  to: string;
  applicationId?: number | null;
}
interface ReturnValues {
  on: Dayjs;
}

function PassportDialogs({ dialog, onClose }: { dialog: Dialog; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const opts = useTroOptions();
  const [form] = Form.useForm();
  const { busy, error, run } = useModalSubmit(form, ['orgUnitId', 'holderName', 'passportType', 'number', 'expiry', 'notes', 'on', 'to', 'applicationId']);
  const [stale, setStale] = useState(false);
  const kind = dialog?.kind;
  const p = dialog && dialog.kind !== 'register' ? dialog.p : null;
  const req = { required: true, message: t('common.required') };
  const ymd = (d: Dayjs) => d.format('YYYY-MM-DD');

  const done = () => {
    message.success(t('common.saved'));
    qc.invalidateQueries({ queryKey: ['travel', 'passports'] });
    close();
  };
  const close = () => {
    setStale(false);
    onClose();
  };
  const onStale = (e: unknown) => {
    if (!isConflict(e)) return false;
    setStale(true);
    qc.invalidateQueries({ queryKey: ['travel', 'passports'] });
    return true;
  };

  const submit = (v: Record<string, unknown>) =>
    run(async () => {
      if (kind === 'register' || kind === 'edit') {
        const f = v as unknown as PassportValues;
        const body = {
          holderName: f.holderName.trim(),
          passportType: f.passportType,
          number: f.number.trim(),
          expiry: ymd(f.expiry),
          notes: f.notes?.trim() || null,
        };
        if (p) await passportsApi.update(p.id, { ...body, version: p.version });
        else await passportsApi.create({ ...body, ...(f.orgUnitId ? { orgUnitId: f.orgUnitId } : {}) });
      } else if (kind === 'issue' && p) {
        const f = v as unknown as IssueValues;
        await passportsApi.issue(p.id, { version: p.version, on: ymd(f.on), to: f.to.trim(), applicationId: f.applicationId ?? null });
      } else if (kind === 'return' && p) {
        await passportsApi.return(p.id, { version: p.version, on: ymd((v as unknown as ReturnValues).on) });
      }
      done();
    }, onStale);

  const titles = { register: t('tro.pp.register'), edit: t('tro.pp.edit'), issue: t('tro.pp.issueTitle'), return: t('tro.pp.returnTitle') };
  const okIds = { register: 'passport-save', edit: 'passport-save', issue: 'passport-issue-confirm', return: 'passport-return-confirm' };
  const initial =
    kind === 'edit' && p
      ? { holderName: p.holderName, passportType: p.passportType, number: p.number, expiry: dayjs(p.expiry), notes: p.notes ?? undefined }
      : kind === 'register'
        ? { passportType: 'official' }
        : kind === 'issue' && p
          ? { on: dayjs(today()), to: p.holderName, applicationId: p.applicationId ?? undefined }
          : { on: dayjs(today()) };

  return (
    <Modal
      open={!!dialog}
      title={kind ? titles[kind] : ''}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ disabled: stale, ...testIdProps<object>(kind ? okIds[kind] : 'passport-ok') }}>
      {p && kind !== 'edit' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${p.holderName} · ${opts.passportTypes.find((o) => o.value === p.passportType)?.label ?? p.passportType} · ${p.number}`}
        />
      )}
      {stale && <Alert type="warning" showIcon title={t('tro.conflictReloaded')} style={{ marginBottom: 16 }} data-testid="passport-stale" />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {dialog && (
        <Form form={form} layout="vertical" onFinish={submit} initialValues={initial} key={`${kind}-${p?.id ?? 'new'}`}>
          {kind === 'register' && (
            <Form.Item name="orgUnitId" label={t('tro.pp.unit')} extra={t('tro.pp.unitHint')}>
              <OrgTreeSelect data-testid="passport-unit" />
            </Form.Item>
          )}
          {(kind === 'register' || kind === 'edit') && (
            <>
              <Form.Item name="holderName" label={t('tro.pp.col.holder')} rules={[req, { whitespace: true, message: t('common.required') }]}>
                <Input maxLength={50} data-testid="passport-holder" />
              </Form.Item>
              <Form.Item name="passportType" label={t('tro.pp.col.type')} rules={[req]}>
                <Select options={opts.passportTypes} data-testid="passport-type" />
              </Form.Item>
              <Form.Item name="number" label={t('tro.pp.col.number')} rules={[req, { pattern: /^[A-Za-z0-9]{3,30}$/, message: t('tro.pp.numberRule') }]}>
                <Input maxLength={30} style={{ textTransform: 'uppercase' }} data-testid="passport-number" />
              </Form.Item>
              <Form.Item name="expiry" label={t('tro.pp.col.expiry')} rules={[req]}>
                <DatePicker style={{ width: '100%' }} data-testid="passport-expiry" />
              </Form.Item>
              <Form.Item name="notes" label={t('tro.notes')}>
                <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} showCount data-testid="passport-notes" />
              </Form.Item>
            </>
          )}
          {kind === 'issue' && (
            <>
              <Form.Item name="on" label={t('tro.pp.issuedOnLabel')} rules={[req]}>
                <DatePicker style={{ width: '100%' }} data-testid="passport-issue-on" />
              </Form.Item>
              <Form.Item name="to" label={t('tro.pp.issuedTo')} rules={[req, { whitespace: true, message: t('common.required') }]}>
                <Input maxLength={50} data-testid="passport-issue-to" />
              </Form.Item>
              <Form.Item name="applicationId" label={t('tro.pp.applicationId')} extra={t('tro.pp.applicationHint')}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} prefix="#" data-testid="passport-issue-app" />
              </Form.Item>
            </>
          )}
          {kind === 'return' && (
            <Form.Item name="on" label={t('tro.pp.returnedOn')} rules={[req]}>
              <DatePicker style={{ width: '100%' }} data-testid="passport-return-on" />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}

import { Card, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { eventsApi, type EventInput, type ExEvent } from './api';
import { CountrySelect } from '@web/ui/CountrySelect';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { useT, type MessageKey } from '@web/ui/i18n';
import { LOCAL_PARTY_KINDS, useExOptions, type EventKind } from './labels';
import { RecordFormShell } from './RecordForm';
import { useRecordEdit } from './useRecordEdit';
import { txt, ymd } from './visitFormModel';

interface Values {
  orgUnitId?: number | null;
  kind?: EventKind;
  name?: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  venue?: string | null;
  guestsCount?: number | null;
  countries?: string[];
  consulsCount?: number | null;
  mediaCount?: number | null;
  mediaOutlets?: string[];
  agreementsSigned?: number | null;
  notes?: string | null;
}
const FIELDS = [
  'orgUnitId',
  'kind',
  'name',
  'startDate',
  'endDate',
  'venue',
  'guestsCount',
  'countries',
  'consulsCount',
  'mediaCount',
  'mediaOutlets',
  'agreementsSigned',
  'notes',
];

const toForm = (e: ExEvent): Values => ({ ...e, startDate: dayjs(e.startDate), endDate: dayjs(e.endDate) });
const toInput = (v: Values): EventInput => ({
  orgUnitId: v.orgUnitId ?? undefined,
  kind: v.kind ?? 'other',
  name: (v.name ?? '').trim(),
  startDate: ymd(v.startDate),
  endDate: ymd(v.endDate ?? v.startDate),
  venue: txt(v.venue),
  guestsCount: Number(v.guestsCount ?? 0),
  countries: v.countries ?? [],
  consulsCount: Number(v.consulsCount ?? 0),
  mediaCount: Number(v.mediaCount ?? 0),
  mediaOutlets: (v.mediaOutlets ?? []).map((s) => s.trim()).filter(Boolean),
  agreementsSigned: Number(v.agreementsSigned ?? 0),
  notes: txt(v.notes),
});

export default function EventFormPage() {
  const t = useT();
  const opts = useExOptions();
  const [form] = Form.useForm<Values>();
  const { record, state, reload, blocked } = useRecordEdit({ kind: 'events', api: eventsApi, form, fields: FIELDS, toForm, toInput });
  if (blocked) return blocked;
  const req = [{ required: true, message: t('common.required') }];
  const label = (k: string) => t(`ex.e.f.${k}` as MessageKey);
  const full = { style: { width: '100%' } };
  const count = (name: string, max: number) => (
    <Form.Item name={name} label={label(name)}>
      <InputNumber {...full} min={0} max={max} precision={0} data-testid={`field-${name}`} />
    </Form.Item>
  );
  return (
    <RecordFormShell<Values>
      title={record ? t('ex.e.editTitle', { name: record.name }) : t('ex.e.newTitle')}
      form={form}
      testid="event-form"
      saveTestid="event-save"
      state={state}
      onReload={reload}
      initialValues={{ kind: 'forum', countries: [], mediaOutlets: [], guestsCount: 0, consulsCount: 0, mediaCount: 0, agreementsSigned: 0 }}>
      <Card size="small" className="section-card" title={t('ex.e.s.basic')}>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="name" label={label('name')} rules={req}>
              <Input maxLength={300} data-testid="field-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={label('kind')} rules={req}>
              <Select options={opts.eventKinds} data-testid="field-kind" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="startDate" label={t('ex.v.f.startDate')} rules={req}>
              <DatePicker {...full} data-testid="field-startDate" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="endDate"
              label={t('ex.v.f.endDate')}
              dependencies={['startDate']}
              rules={[
                ...req,
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | null) =>
                    v && getFieldValue('startDate') && v.isBefore(getFieldValue('startDate'), 'day')
                      ? Promise.reject(new Error(t('ex.v.endBeforeStart')))
                      : Promise.resolve(),
                }),
              ]}>
              <DatePicker {...full} data-testid="field-endDate" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="venue" label={label('venue')}>
              <Input maxLength={300} data-testid="field-venue" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="orgUnitId" label={t('ex.localParty')}>
              <OrgTreeSelect selectableKinds={LOCAL_PARTY_KINDS} placeholder={t('ex.localPartyHint')} data-testid="field-orgUnitId" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="countries" label={label('countries')}>
              <CountrySelect mode="multiple" placeholder={t('ex.v.countriesPlaceholder')} data-testid="field-countries" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" className="section-card" title={t('ex.e.s.figures')}>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            {count('guestsCount', 1_000_000)}
          </Col>
          <Col xs={12} md={6}>
            {count('consulsCount', 10_000)}
          </Col>
          <Col xs={12} md={6}>
            {count('mediaCount', 10_000)}
          </Col>
          <Col xs={12} md={6}>
            {count('agreementsSigned', 1000)}
          </Col>
          <Col xs={24}>
            <Form.Item name="mediaOutlets" label={label('mediaOutlets')}>
              <Select
                mode="tags"
                open={false}
                tokenSeparators={[',', '，', '、']}
                placeholder={t('ex.e.outletsPlaceholder')}
                data-testid="field-mediaOutlets"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="notes" label={label('notes')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="field-notes" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </RecordFormShell>
  );
}

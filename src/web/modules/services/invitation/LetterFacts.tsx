/** The letter's facts: a form for the unit while its case is a draft or answers a notice, else a read-only sheet. */
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { countryName } from '@shared/reference/countries';
import { labelOptions } from '@shared/labels/labels';
import { LETTER_ENTRIES_LABELS, PAYER_LABELS, VALIDITY_UNIT_LABELS, VISA_TYPE_LABELS } from '@shared/labels/services-invitation';
import { CountrySelect } from '@web/ui/CountrySelect';
import { testIdProps } from '@web/ui/formErrors';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { useModalSubmit } from '@web/ui/useModalSubmit';
import { invitationApi, type FactsInput, type Invitation } from './api';

type Values = Omit<FactsInput, 'version' | 'entryDate'> & { entryDate?: Dayjs | null };
const FIELDS = [
  'purpose',
  'cities',
  'entryDate',
  'visaType',
  'entries',
  'validityValue',
  'validityUnit',
  'stayDays',
  'visaCountry',
  'visaCity',
  'payer',
  'payerNote',
  'itinerary',
  'signerName',
  'signerTitle',
  'multipleEntryReason',
] as const;
// Typing a part of a label ("M", "个月") picks the option.
const SEARCH = { optionFilterProp: 'label' } as const;
const key = (f: string) => `svc.invitation.${f}` as MessageKey;

function toValues(inv: Invitation): Values {
  const v = Object.fromEntries(FIELDS.map((f) => [f, inv[f] ?? undefined])) as Values;
  return { ...v, entryDate: inv.entryDate ? dayjs(inv.entryDate) : null };
}

export function LetterFacts({ inv, editable, onSaved }: { inv: Invitation; editable: boolean; onSaved: (inv: Invitation) => void }) {
  const { t, locale, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useModalSubmit(form, [...FIELDS]);
  const entries = Form.useWatch('entries', form);
  const save = (v: Values) =>
    run(async () => {
      const saved = await invitationApi.save(inv.caseId, { ...v, version: inv.version, entryDate: v.entryDate ? v.entryDate.format('YYYY-MM-DD') : null });
      message.success(t('svc.invitation.saved'));
      onSaved(saved);
    });
  const proofs = inv.proofsNeeded.map((p) => <Alert key={p} type="info" showIcon title={t(`svc.invitation.proof.${p}`)} style={{ marginBottom: 8 }} />);

  if (!editable) {
    const items: Array<[string, string | number | null]> = [
      ['purpose', inv.purpose],
      ['cities', inv.cities],
      ['entryDate', inv.entryDate],
      ['visaType', label(VISA_TYPE_LABELS, inv.visaType)],
      ['entries', label(LETTER_ENTRIES_LABELS, inv.entries)],
      ['validity', inv.validityValue ? `${inv.validityValue} ${label(VALIDITY_UNIT_LABELS, inv.validityUnit)}` : ''],
      ['stayDays', inv.stayDays],
      ['visaCountry', [inv.visaCountry ? countryName(inv.visaCountry, locale) : '', inv.visaCity].filter(Boolean).join(' ')],
      ['payer', [label(PAYER_LABELS, inv.payer), inv.payerNote].filter(Boolean).join('：')],
      ['itinerary', inv.itinerary],
      ['signerName', [inv.signerName, inv.signerTitle].filter(Boolean).join(' · ')],
    ];
    if (inv.entries === 'multiple') items.push(['multipleEntryReason', inv.multipleEntryReason]);
    return (
      <Card size="small" title={t('svc.invitation.facts')} data-testid="invitation-facts">
        {proofs}
        {inv.version === 0 ? (
          t('svc.invitation.notSaved')
        ) : (
          <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items.map(([k, v]) => ({ key: k, label: t(key(k)), children: v ?? '' }))} />
        )}
      </Card>
    );
  }

  const opts = {
    visaTypes: labelOptions(VISA_TYPE_LABELS, locale),
    entries: labelOptions(LETTER_ENTRIES_LABELS, locale),
    units: labelOptions(VALIDITY_UNIT_LABELS, locale),
    payers: labelOptions(PAYER_LABELS, locale),
  };
  const text = (f: (typeof FIELDS)[number], max: number, area = false) => (
    <Form.Item name={f} label={t(key(f))}>
      {area ? <Input.TextArea autoSize={{ minRows: 2 }} maxLength={max} data-testid={`inv-${f}`} /> : <Input maxLength={max} data-testid={`inv-${f}`} />}
    </Form.Item>
  );
  return (
    <Card size="small" title={t('svc.invitation.facts')} data-testid="invitation-facts">
      {proofs}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={toValues(inv)} onFinish={save}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {text('purpose', 500)}
          </Col>
          <Col xs={24} md={12}>
            {text('cities', 300)}
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="entryDate" label={t('svc.invitation.entryDate')}>
              <DatePicker style={{ width: '100%' }} data-testid="inv-entryDate" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="visaType" label={t('svc.invitation.visaType')}>
              <Select options={opts.visaTypes} allowClear showSearch={SEARCH} data-testid="inv-visaType" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="entries" label={t('svc.invitation.entries')}>
              <Select options={opts.entries} allowClear showSearch={SEARCH} data-testid="inv-entries" />
            </Form.Item>
          </Col>
          <Col xs={6} md={3}>
            <Form.Item name="validityValue" label={t('svc.invitation.validity')}>
              <InputNumber min={1} max={3650} style={{ width: '100%' }} data-testid="inv-validityValue" />
            </Form.Item>
          </Col>
          <Col xs={6} md={2}>
            <Form.Item name="validityUnit" label={t('svc.invitation.validityUnit')}>
              <Select options={opts.units} showSearch={SEARCH} data-testid="inv-validityUnit" />
            </Form.Item>
          </Col>
          <Col xs={12} md={3}>
            <Form.Item name="stayDays" label={t('svc.invitation.stayDays')}>
              <InputNumber min={1} max={3650} style={{ width: '100%' }} data-testid="inv-stayDays" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="visaCountry" label={t('svc.invitation.visaCountry')}>
              <CountrySelect data-testid="inv-visaCountry" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            {text('visaCity', 100)}
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="payer" label={t('svc.invitation.payer')}>
              <Select options={opts.payers} allowClear showSearch={SEARCH} data-testid="inv-payer" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            {text('payerNote', 200)}
          </Col>
          <Col span={24}>{text('itinerary', 4000, true)}</Col>
          <Col xs={24} md={12}>
            {text('signerName', 60)}
          </Col>
          <Col xs={24} md={12}>
            {text('signerTitle', 100)}
          </Col>
          {entries === 'multiple' && <Col span={24}>{text('multipleEntryReason', 1000, true)}</Col>}
        </Row>
        <Button type="primary" htmlType="submit" loading={busy} {...testIdProps('inv-save')}>
          {t('svc.invitation.saveFacts')}
        </Button>
      </Form>
    </Card>
  );
}

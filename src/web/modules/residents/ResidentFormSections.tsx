import { Card, Col, DatePicker, Form, Input, Row, Select, Switch, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { labelOptions } from '@shared/labels/labels';
import { DOC_TYPE_LABELS, SEX_LABELS, VISA_ENTRY_LABELS } from '@shared/labels/residents';
import { CountrySelect } from '@web/ui/CountrySelect';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { VisaTypeSelect } from '@web/ui/VisaTypeSelect';
import { useI18n, type MessageKey } from '@web/ui/i18n';

const AREA_KINDS = ['street', 'community'] as const;
const full = { style: { width: '100%' } };

interface Props {
  /** Form field → value read from an MRZ whose check digit is wrong: that value may not be saved as is. */
  mrzFlags: Record<string, string>;
  docNumberMasked?: boolean;
}

function asText(v: unknown): string {
  if (v && typeof v === 'object' && 'format' in v) return (v as Dayjs).format('YYYY-MM-DD');
  return v == null ? '' : String(v).trim().toUpperCase();
}

export function ResidentFormSections({ mrzFlags, docNumberMasked }: Props) {
  const { t, locale } = useI18n();
  const req = [{ required: true, message: t('common.required') }];
  const label = (k: string) => t(`res.f.${k}` as MessageKey);
  const mrz = (field: string): FormRule[] =>
    field in mrzFlags
      ? [{ validator: (_, v) => (asText(v) === mrzFlags[field] ? Promise.reject(new Error(t('mrz.fieldCheckFailed'))) : Promise.resolve()) }]
      : [];
  const registered = Form.useWatch('accommodationRegistered');

  return (
    <>
      <Card size="small" className="section-card" title={t('res.section.identity')} data-testid="section-identity">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="surname" label={label('surname')}>
              <Input data-testid="field-surname" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="givenNames" label={label('givenNames')}>
              <Input data-testid="field-givenNames" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="nameZh" label={label('nameZh')}>
              <Input data-testid="field-nameZh" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="sex" label={label('sex')}>
              <Select allowClear data-testid="field-sex" options={labelOptions(SEX_LABELS, locale)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="birthDate" label={label('birthDate')} rules={mrz('birthDate')}>
              <DatePicker {...full} data-testid="field-birthDate" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="nationality" label={label('nationality')} rules={req}>
              <CountrySelect data-testid="field-nationality" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" className="section-card" title={t('res.section.travelDoc')} data-testid="section-doc">
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="docType" label={label('docType')} rules={req}>
              <Select data-testid="field-docType" options={labelOptions(DOC_TYPE_LABELS, locale)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="docNumber"
              label={label('docNumber')}
              rules={[...req, { min: 3, message: t('common.required') }, ...mrz('docNumber')]}
              extra={docNumberMasked ? t('res.detail.masked') : undefined}>
              <Input disabled={docNumberMasked} style={{ fontFamily: 'ui-monospace, monospace' }} data-testid="field-docNumber" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="docIssuingCountry" label={label('docIssuingCountry')}>
              <CountrySelect data-testid="field-docIssuingCountry" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="docExpiry" label={label('docExpiry')} rules={mrz('docExpiry')}>
              <DatePicker {...full} data-testid="field-docExpiry" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" className="section-card" title={t('res.section.visa')} data-testid="section-visa">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="visaType" label={label('visaType')}>
              <VisaTypeSelect data-testid="field-visaType" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="visaNumber" label={label('visaNumber')}>
              <Input data-testid="field-visaNumber" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="visaEntries" label={label('visaEntries')}>
              <Select allowClear options={labelOptions(VISA_ENTRY_LABELS, locale)} data-testid="field-visaEntries" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="visaIssueDate" label={label('visaIssueDate')}>
              <DatePicker {...full} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="visaExpiry" label={label('visaExpiry')}>
              <DatePicker {...full} data-testid="field-visaExpiry" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" className="section-card" title={t('res.section.stay')} data-testid="section-stay">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="purpose" label={label('purpose')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="employer" label={label('employer')}>
              <Input data-testid="field-employer" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="occupation" label={label('occupation')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="orgUnitId" label={label('orgUnitId')} rules={req}>
              <OrgTreeSelect selectableKinds={[...AREA_KINDS]} placeholder={t('res.areaPlaceholder')} data-testid="field-orgUnitId" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="addressBuilding" label={label('addressBuilding')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="addressRoom" label={label('addressRoom')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="addressDetail" label={label('addressDetail')}>
              <Input data-testid="field-addressDetail" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="phone" label={label('phone')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" className="section-card" title={t('res.section.arrival')} data-testid="section-arrival">
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="arrivalDate" label={label('arrivalDate')}>
              <DatePicker {...full} data-testid="field-arrivalDate" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="arrivalPort" label={label('arrivalPort')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="departureDate" label={label('departureDate')}>
              <DatePicker {...full} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="host" label={label('host')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="accommodationRegistered" label={label('accommodationRegistered')} valuePropName="checked">
              <Switch data-testid="field-accommodationRegistered" />
            </Form.Item>
          </Col>
          {registered && (
            <Col xs={12} md={6}>
              <Form.Item
                name="accommodationRegisteredOn"
                label={label('accommodationRegisteredOn')}
                rules={[{ required: true, message: t('res.form.registeredOnRequired') }]}>
                <DatePicker {...full} data-testid="field-accommodationRegisteredOn" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Card>

      <Card size="small" className="section-card" title={t('res.section.tags')} data-testid="section-tags">
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="tags" label={label('tags')}>
              <Select mode="tags" tokenSeparators={[',', '，', ' ']} placeholder={t('res.tagsPlaceholder')} open={false} data-testid="field-tags" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="notes" label={label('notes')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </>
  );
}

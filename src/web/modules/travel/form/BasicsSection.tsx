/** Task, inviter, dates, plan item, funding and contact of an application. */
import { Card, Checkbox, Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { CountrySelect } from '@web/ui/CountrySelect';
import { useT } from '@web/ui/i18n';
import { FItem } from './findings';
import { PlanItemSelect } from './PlanItemSelect';

const full = { style: { width: '100%' } };

export function BasicsSection({ orgUnitId, applicationId }: { orgUnitId?: number; applicationId?: number }) {
  const t = useT();
  const form = Form.useFormInstance();
  const depart = Form.useWatch<Dayjs | null | undefined>('departDate', form);
  const req = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Card size="small" className="section-card" title={t('tr.s.basics')} data-testid="section-basics">
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <FItem path="task" name="task" label={t('tr.f.task')} rules={req}>
            <Input maxLength={200} placeholder={t('tr.f.taskPlaceholder')} data-testid="travel-task" />
          </FItem>
        </Col>
        <Col xs={24} md={8}>
          <FItem path="planItemId" name="planItemId" label={t('tr.f.planItem')} tooltip={t('tr.f.planItemHint')}>
            <PlanItemSelect
              year={depart?.isValid() ? depart.year() : null}
              orgUnitId={orgUnitId}
              applicationId={applicationId}
              data-testid="travel-plan-item"
            />
          </FItem>
        </Col>
        <Col xs={24}>
          <FItem path="purpose" name="purpose" label={t('tr.f.purpose')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="travel-purpose" />
          </FItem>
        </Col>
        <Col xs={24} md={10}>
          <FItem path="inviterName" name="inviterName" label={t('tr.f.inviterName')} rules={req}>
            <Input maxLength={300} data-testid="travel-inviter-name" />
          </FItem>
        </Col>
        <Col xs={24} md={8}>
          <FItem path="inviterCountry" name="inviterCountry" label={t('tr.f.inviterCountry')} rules={[{ required: true, message: t('common.required') }]}>
            <CountrySelect data-testid="travel-inviter-country" />
          </FItem>
        </Col>
        <Col xs={24} md={6}>
          <FItem path="inviterIntermediary" name="inviterIntermediary" valuePropName="checked" label=" ">
            <Checkbox data-testid="travel-inviter-intermediary">{t('tr.f.inviterIntermediary')}</Checkbox>
          </FItem>
        </Col>
        <Col xs={12} md={6}>
          <FItem path="departDate" name="departDate" label={t('tr.f.departDate')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker {...full} data-testid="travel-depart" />
          </FItem>
        </Col>
        <Col xs={12} md={6}>
          <FItem
            path="returnDate"
            name="returnDate"
            label={t('tr.f.returnDate')}
            dependencies={['departDate']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: (_, v: Dayjs | null) => {
                  const s = getFieldValue('departDate') as Dayjs | null;
                  return v && s && v.isBefore(s, 'day') ? Promise.reject(new Error(t('tr.f.returnBeforeDepart'))) : Promise.resolve();
                },
              }),
            ]}>
            <DatePicker {...full} data-testid="travel-return" />
          </FItem>
        </Col>
        <Col xs={24} md={12}>
          <FItem path="fundingSource" name="fundingSource" label={t('tr.f.fundingSource')}>
            <Input maxLength={200} placeholder={t('tr.f.fundingPlaceholder')} data-testid="travel-funding" />
          </FItem>
        </Col>
        <Col xs={12} md={6}>
          <FItem path="contactName" name="contactName" label={t('tr.f.contactName')}>
            <Input maxLength={50} data-testid="travel-contact-name" />
          </FItem>
        </Col>
        <Col xs={12} md={6}>
          <FItem path="contactPhone" name="contactPhone" label={t('tr.f.contactPhone')}>
            <Input maxLength={50} data-testid="travel-contact-phone" />
          </FItem>
        </Col>
      </Row>
    </Card>
  );
}

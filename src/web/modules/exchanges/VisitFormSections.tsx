import { Card, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { CountrySelect } from '@web/ui/CountrySelect';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { useT, type MessageKey } from '@web/ui/i18n';
import { LOCAL_PARTY_KINDS, useExOptions } from './labels';
import { CitySelect, EventSelect } from './LinkSelects';
import { ProgrammeFields } from './ProgrammeFields';

const full = { style: { width: '100%' } };

export function VisitFormSections({ cityLabel, eventLabel }: { cityLabel?: string | null; eventLabel?: string | null }) {
  const t = useT();
  const opts = useExOptions();
  const req = [{ required: true, message: t('common.required') }];
  const label = (k: string) => t(`ex.v.f.${k}` as MessageKey);
  const item = (name: string, node: React.ReactNode, extra: Partial<React.ComponentProps<typeof Form.Item>> = {}) => (
    <Form.Item name={name} label={label(name)} {...extra}>
      {node}
    </Form.Item>
  );

  return (
    <>
      <Card size="small" className="section-card" title={t('ex.v.s.basic')} data-testid="section-basic">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            {item('type', <Select options={opts.visitTypes} data-testid="field-type" />, { rules: req })}
          </Col>
          <Col xs={12} md={4}>
            {item('status', <Select options={opts.visitStatuses} data-testid="field-status" />, { rules: req })}
          </Col>
          <Col xs={12} md={6}>
            {item('startDate', <DatePicker {...full} data-testid="field-startDate" />, { rules: req })}
          </Col>
          <Col xs={12} md={6}>
            {item('endDate', <DatePicker {...full} data-testid="field-endDate" />, {
              dependencies: ['startDate'],
              rules: [
                ...req,
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | null) => {
                    const s = getFieldValue('startDate') as Dayjs | null;
                    return v && s && v.isBefore(s, 'day') ? Promise.reject(new Error(t('ex.v.endBeforeStart'))) : Promise.resolve();
                  },
                }),
              ],
            })}
          </Col>
          <Col xs={24} md={16}>
            {item('organisation', <Input maxLength={300} data-testid="field-organisation" />, {
              rules: [...req, { whitespace: true, message: t('common.required') }],
            })}
          </Col>
          <Col xs={24} md={8}>
            {item('orgUnitId', <OrgTreeSelect selectableKinds={LOCAL_PARTY_KINDS} placeholder={t('ex.localPartyHint')} data-testid="field-orgUnitId" />)}
          </Col>
          <Col xs={24}>{item('countries', <CountrySelect mode="multiple" placeholder={t('ex.v.countriesPlaceholder')} data-testid="field-countries" />)}</Col>
        </Row>
      </Card>

      <Card size="small" className="section-card" title={t('ex.v.s.delegation')} data-testid="section-delegation">
        <Row gutter={16}>
          <Col xs={24} md={6}>
            {item('headName', <Input maxLength={100} data-testid="field-headName" />)}
          </Col>
          <Col xs={24} md={8}>
            {item('headTitle', <Input maxLength={200} data-testid="field-headTitle" />)}
          </Col>
          <Col xs={12} md={5}>
            {item('headRank', <Input maxLength={100} data-testid="field-headRank" />)}
          </Col>
          <Col xs={12} md={5}>
            {item('peopleCount', <InputNumber {...full} min={1} max={10000} precision={0} data-testid="field-peopleCount" />, { rules: req })}
          </Col>
          <Col xs={24}>{item('purpose', <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} data-testid="field-purpose" />)}</Col>
          <Col xs={24} md={12}>
            {item('hostUnit', <Input maxLength={300} data-testid="field-hostUnit" />)}
          </Col>
          <Col xs={24} md={12}>
            {item('receivingLeader', <Input maxLength={200} data-testid="field-receivingLeader" />)}
          </Col>
        </Row>
      </Card>

      <Card size="small" className="section-card" title={t('ex.v.s.programme')} data-testid="section-programme">
        <ProgrammeFields />
      </Card>

      <Card size="small" className="section-card" title={t('ex.v.s.outcomes')} data-testid="section-outcomes">
        <Row gutter={16}>
          <Col xs={24} md={6}>
            {item('agreementsSigned', <InputNumber {...full} min={0} max={1000} precision={0} data-testid="field-agreementsSigned" />)}
          </Col>
          <Col xs={24} md={18}>
            {item('outcomes', <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="field-outcomes" />)}
          </Col>
        </Row>
      </Card>

      <Card size="small" className="section-card" title={t('ex.v.s.links')} data-testid="section-links">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {item('friendshipCityId', <CitySelect currentLabel={cityLabel} data-testid="field-friendshipCityId" />)}
          </Col>
          <Col xs={24} md={12}>
            {item('eventId', <EventSelect currentLabel={eventLabel} data-testid="field-eventId" />)}
          </Col>
          <Col xs={24}>{item('notes', <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="field-notes" />)}</Col>
        </Row>
      </Card>
    </>
  );
}

import { Button, Card, Col, DatePicker, Empty, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CountrySelect } from '@web/ui/CountrySelect';
import { OrgTreeSelect } from '@web/ui/OrgTreeSelect';
import { useT, type MessageKey } from '@web/ui/i18n';
import { LOCAL_PARTY_KINDS, useExOptions } from './labels';

const full = { style: { width: '100%' } };

function ContactFields() {
  const t = useT();
  const c = (k: string) => t(`ex.c.contact.${k}` as MessageKey);
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="field-contacts">
          {!fields.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ex.c.contact.empty')} style={{ margin: '8px 0' }} />}
          {fields.map(({ key, name }, i) => (
            <Row gutter={8} key={key} data-testid={`contact-row-${i}`}>
              <Col xs={12} md={5}>
                <Form.Item
                  name={[name, 'name']}
                  label={i === 0 ? c('name') : undefined}
                  rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                  <Input maxLength={100} data-testid={`contact-name-${i}`} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name={[name, 'title']} label={i === 0 ? c('title') : undefined}>
                  <Input maxLength={200} data-testid={`contact-title-${i}`} />
                </Form.Item>
              </Col>
              <Col xs={12} md={5}>
                <Form.Item name={[name, 'phone']} label={i === 0 ? c('phone') : undefined}>
                  <Input maxLength={50} data-testid={`contact-phone-${i}`} />
                </Form.Item>
              </Col>
              <Col xs={10} md={7}>
                <Form.Item name={[name, 'email']} label={i === 0 ? c('email') : undefined} rules={[{ type: 'email', message: t('common.error') }]}>
                  <Input maxLength={200} data-testid={`contact-email-${i}`} />
                </Form.Item>
              </Col>
              <Col xs={2} md={1}>
                <Form.Item label={i === 0 ? ' ' : undefined}>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} data-testid={`contact-remove-${i}`} />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} data-testid="contact-add">
            {c('add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

export function CityFormSections() {
  const t = useT();
  const opts = useExOptions();
  const req = [{ required: true, whitespace: true, message: t('common.required') }];
  const label = (k: string) => t(`ex.c.f.${k}` as MessageKey);
  const item = (name: string, node: React.ReactNode, extra: Partial<React.ComponentProps<typeof Form.Item>> = {}) => (
    <Form.Item name={name} label={label(name)} {...extra}>
      {node}
    </Form.Item>
  );
  return (
    <>
      <Card size="small" className="section-card" title={t('ex.c.s.pair')} data-testid="section-pair">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            {item('foreignCityZh', <Input maxLength={100} data-testid="field-foreignCityZh" />, { rules: req })}
          </Col>
          <Col xs={24} md={8}>
            {item('foreignCityEn', <Input maxLength={200} data-testid="field-foreignCityEn" />, { rules: req })}
          </Col>
          <Col xs={24} md={8}>
            {item('country', <CountrySelect data-testid="field-country" />, { rules: [{ required: true, message: t('common.required') }] })}
          </Col>
          <Col xs={24} md={8}>
            {item('provinceState', <Input maxLength={200} data-testid="field-provinceState" />)}
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="orgUnitId" label={t('ex.localParty')}>
              <OrgTreeSelect selectableKinds={LOCAL_PARTY_KINDS} placeholder={t('ex.localPartyHint')} data-testid="field-orgUnitId" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            {item('relationType', <Select options={opts.relationTypes} data-testid="field-relationType" />, {
              rules: [{ required: true, message: t('common.required') }],
            })}
          </Col>
          <Col xs={12} md={8}>
            {item('establishedOn', <DatePicker {...full} data-testid="field-establishedOn" />, { rules: [{ required: true, message: t('common.required') }] })}
          </Col>
          <Col xs={24} md={16}>
            {item('agreementDoc', <Input maxLength={300} data-testid="field-agreementDoc" />)}
          </Col>
        </Row>
      </Card>
      <Card size="small" className="section-card" title={t('ex.c.s.management')} data-testid="section-management">
        <Row gutter={16}>
          <Col xs={12} md={6}>
            {item('status', <Select options={opts.pairStatuses} data-testid="field-status" />)}
          </Col>
          <Col xs={12} md={6}>
            {item('tier', <Select allowClear options={opts.tiers} placeholder={t('ex.cs.noTier')} data-testid="field-tier" />)}
          </Col>
          <Col xs={24} md={12}>
            {item(
              'industries',
              <Select
                mode="tags"
                open={false}
                tokenSeparators={[',', '，', '、']}
                placeholder={t('ex.c.industriesPlaceholder')}
                data-testid="field-industries"
              />,
            )}
          </Col>
          <Col xs={24}>{item('notes', <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="field-notes" />)}</Col>
        </Row>
      </Card>
      <Card size="small" className="section-card" title={t('ex.c.s.contacts')} data-testid="section-contacts">
        <ContactFields />
      </Card>
    </>
  );
}

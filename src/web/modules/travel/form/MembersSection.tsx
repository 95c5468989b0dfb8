/** The delegation (团组成员): one small card per member with rank, passport and role. */
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '@web/ui/i18n';
import { useTravelOptions } from '../labels';
import { FItem, Hint, ListFindings } from './findings';
import { NEW_MEMBER } from './formModel';

const full = { style: { width: '100%' } };
const MAX_MEMBERS = 30;

export function MembersSection({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const opts = useTravelOptions();
  const req = [{ required: true, message: t('common.required') }];
  return (
    <Card size="small" className="section-card" title={t('tr.s.members')} data-testid="section-members">
      <ListFindings path="members" />
      <Form.List
        name="members"
        rules={[
          {
            validator: async (_, rows?: unknown[]) => {
              if (!rows?.length) throw new Error(t('tr.members.required'));
            },
          },
        ]}>
        {(fields, { add, remove }, { errors }) => (
          <div data-testid="travel-members">
            {fields.map(({ key, name }, i) => {
              const p = `members.${name}`;
              return (
                <Card
                  key={key}
                  size="small"
                  type="inner"
                  style={{ marginBottom: 12 }}
                  data-testid={`travel-member-${i}`}
                  title={t('tr.member.n', { n: i + 1 })}
                  extra={
                    <Button
                      type="text"
                      danger
                      size="small"
                      icon={<DeleteOutlined />}
                      disabled={fields.length <= 1}
                      onClick={() => {
                        remove(name);
                        onChanged();
                      }}
                      data-testid={`travel-member-remove-${i}`}>
                      {t('tr.removeRow')}
                    </Button>
                  }>
                  <Row gutter={8}>
                    <Col xs={12} md={5}>
                      <FItem
                        path={`${p}.name`}
                        name={[name, 'name']}
                        label={t('tr.member.name')}
                        rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                        <Input maxLength={50} data-testid={`travel-member-name-${i}`} />
                      </FItem>
                    </Col>
                    <Col xs={12} md={7}>
                      <FItem path={`${p}.unitName`} name={[name, 'unitName']} label={t('tr.member.unitName')}>
                        <Input maxLength={200} data-testid={`travel-member-unit-${i}`} />
                      </FItem>
                    </Col>
                    <Col xs={12} md={6}>
                      <FItem path={`${p}.post`} name={[name, 'post']} label={t('tr.member.post')}>
                        <Input maxLength={100} data-testid={`travel-member-post-${i}`} />
                      </FItem>
                    </Col>
                    <Col xs={12} md={6}>
                      <FItem path={`${p}.rank`} name={[name, 'rank']} label={t('tr.member.rank')} rules={req}>
                        <Select options={opts.ranks} data-testid={`travel-member-rank-${i}`} />
                      </FItem>
                    </Col>
                    <Col xs={12} md={5}>
                      <FItem path={`${p}.passportType`} name={[name, 'passportType']} label={t('tr.member.passportType')} rules={req}>
                        <Select options={opts.passportTypes} popupMatchSelectWidth={false} data-testid={`travel-member-ptype-${i}`} />
                      </FItem>
                    </Col>
                    <Col xs={12} md={5}>
                      <FItem path={`${p}.passportNumber`} name={[name, 'passportNumber']} label={t('tr.member.passportNumber')}>
                        <Input maxLength={30} data-testid={`travel-member-pno-${i}`} />
                      </FItem>
                    </Col>
                    <Col xs={12} md={5}>
                      <FItem path={`${p}.passportExpiry`} name={[name, 'passportExpiry']} label={t('tr.member.passportExpiry')}>
                        <DatePicker {...full} data-testid={`travel-member-pexpiry-${i}`} />
                      </FItem>
                    </Col>
                    <Col xs={12} md={4}>
                      <FItem path={`${p}.role`} name={[name, 'role']} label={t('tr.member.role')}>
                        <Select options={opts.roles} data-testid={`travel-member-role-${i}`} />
                      </FItem>
                    </Col>
                    <Col xs={24} md={5}>
                      <FItem path={`${p}.leadership`} name={[name, 'leadership']} valuePropName="checked" label=" ">
                        <Checkbox data-testid={`travel-member-leadership-${i}`}>
                          <Hint hint={t('tr.member.leadershipHint')}>{t('tr.member.leadership')}</Hint>
                        </Checkbox>
                      </FItem>
                    </Col>
                  </Row>
                </Card>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_MEMBERS}
              data-testid="travel-add-member"
              onClick={() => add({ ...NEW_MEMBER })}>
              {t('tr.member.add')}
            </Button>
          </div>
        )}
      </Form.List>
    </Card>
  );
}

import { Button, Col, Form, InputNumber, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { RULE_KEYS } from '@shared/contracts/travel';
import { ruleKeyLabels } from '@shared/labels/travel';
import { CountrySelect } from '@web/ui/CountrySelect';
import { useI18n } from '@web/ui/i18n';
import { useTroOptions } from './common';
import { useMaxDaysLabel } from './RuleParamsView';

/** A required whole-number parameter. */
function Num({
  name,
  label,
  min,
  max,
  extra,
  testid,
  suffix,
}: {
  name: string;
  label: string;
  min: number;
  max: number;
  extra?: string;
  testid: string;
  suffix?: string;
}) {
  const { t } = useI18n();
  return (
    <Form.Item name={['params', name]} label={label} extra={extra} rules={[{ required: true, message: t('common.required') }]}>
      <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} suffix={suffix} data-testid={testid} />
    </Form.Item>
  );
}

/** The parameters of a limits version: counts, the steps of the longest stay, the extra day, deadlines and how severe each rule is. */
export function LimitsFields() {
  const { t, label } = useI18n();
  const opts = useTroOptions();
  const dayLabel = useMaxDaysLabel();
  const d = t('common.days');
  return (
    <>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Num name="maxCountries" label={t('tro.rule.maxCountries')} min={1} max={20} testid="rules-max-countries" />
        </Col>
        <Col xs={12} md={8}>
          <Num name="maxMembers" label={t('tro.rule.maxMembers')} min={1} max={50} testid="rules-max-members" extra={t('tro.rule.maxMembersHint')} />
        </Col>
        <Col xs={12} md={8}>
          <Num name="extraDays" label={t('tro.rule.extraDays')} min={0} max={10} testid="rules-extra-days" suffix={d} />
        </Col>
      </Row>
      <Form.Item label={t('tro.rule.maxDays')} extra={t('tro.rule.maxDaysHint')} required>
        <Form.List name={['params', 'maxDays']}>
          {(fields, { add, remove }, { errors }) => (
            <Space size={[12, 8]} wrap align="start" data-testid="rules-max-days">
              {fields.map((f, i) => (
                <Space.Compact key={f.key}>
                  <Form.Item name={f.name} noStyle rules={[{ required: true, message: t('common.required') }]}>
                    <InputNumber
                      min={1}
                      max={90}
                      precision={0}
                      style={{ width: 190 }}
                      prefix={<Typography.Text type="secondary">{dayLabel(i, fields.length)}</Typography.Text>}
                      suffix={d}
                      data-testid={`rules-max-days-${i}`}
                    />
                  </Form.Item>
                  {fields.length > 1 && <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} data-testid={`rules-max-days-remove-${i}`} />}
                </Space.Compact>
              ))}
              {fields.length < 20 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(undefined)} data-testid="rules-max-days-add">
                  {t('tro.rule.addStep')}
                </Button>
              )}
              <Form.ErrorList errors={errors} />
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name={['params', 'extraDayCountries']} label={t('tro.rule.extraDayCountries')} extra={t('tro.rule.extraDayCountriesHint')}>
        <CountrySelect mode="multiple" maxTagCount={12} data-testid="rules-extra-countries" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Num
            name="publicityWorkingDays"
            label={t('tro.rule.publicityWorkingDays')}
            min={0}
            max={30}
            testid="rules-publicity"
            extra={t('tro.rule.zeroNone')}
          />
        </Col>
        <Col xs={12} md={8}>
          <Num name="passportReturnDays" label={t('tro.rule.passportReturnDays')} min={1} max={90} testid="rules-passport-return" suffix={d} />
        </Col>
        <Col xs={12} md={8}>
          <Num name="reportMonths" label={t('tro.rule.reportMonths')} min={1} max={12} testid="rules-report-months" suffix={t('tro.monthsUnit')} />
        </Col>
        <Col xs={12} md={8}>
          <Num
            name="passportValidityMonths"
            label={t('tro.rule.passportValidityMonths')}
            min={0}
            max={24}
            testid="rules-validity"
            suffix={t('tro.monthsUnit')}
          />
        </Col>
        <Col xs={12} md={8}>
          <Num name="reminderHoldAfter" label={t('tro.rule.reminderHoldAfter')} min={0} max={20} testid="rules-hold-after" extra={t('tro.rule.zeroNever')} />
        </Col>
      </Row>
      <Typography.Title level={5}>{t('tro.rule.severities')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('tro.rule.severitiesHint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        {RULE_KEYS.map((k) => (
          <Col xs={12} md={8} key={k}>
            <Form.Item name={['params', 'severities', k]} label={label(ruleKeyLabels, k)} rules={[{ required: true, message: t('common.required') }]}>
              <Select options={opts.severities} data-testid={`rules-severity-${k}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}

import { Col, Form, Row, Select, Typography } from 'antd';
import { RANKS } from '@shared/contracts/travel';
import { rankLabels } from '@shared/labels/travel';
import { useI18n } from '@web/ui/i18n';
import { useTroOptions } from './common';

/** The parameters of an approval version: which level approves the trips of each rank. */
export function ApprovalFields() {
  const { t, label } = useI18n();
  const opts = useTroOptions();
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('tro.rule.approvalHint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        {RANKS.map((r) => (
          <Col xs={24} md={12} key={r}>
            <Form.Item name={['params', 'ranks', r]} label={label(rankLabels, r)} rules={[{ required: true, message: t('common.required') }]}>
              <Select options={opts.levels} data-testid={`rules-rank-${r}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}

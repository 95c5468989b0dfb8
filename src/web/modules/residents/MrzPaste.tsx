import { useState } from 'react';
import { Alert, Card, Input, Space, Tag, Typography } from 'antd';
import { ScanOutlined } from '@ant-design/icons';
import type { DOC_TYPE_CODES } from '@shared/contracts/residents';
import { joinList, say, type Label } from '@shared/labels/labels';
import { parseMrz, type MrzCheckField, type MrzFields } from '@shared/reference/mrz';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { serverNow } from '@web/ui/format';

type DocTypeCode = (typeof DOC_TYPE_CODES)[number];

/** Between the names in a list, and between whole messages. */
const ITEM_SEPARATOR: Label = { zh: '；', en: '; ' };

/** Form fields an MRZ fills, and which check digit guards each. */
export const CHECK_TO_FIELD: Partial<Record<MrzCheckField, string>> = {
  documentNumber: 'docNumber',
  birthDate: 'birthDate',
  expiryDate: 'docExpiry',
};

/** The MRZ document code refines the reference's type: PD diplomatic, PS/PO service passport. */
export function mrzDocType(f: MrzFields): DocTypeCode {
  const code = f.documentCode.toUpperCase();
  if (code === 'PD') return 'diplomatic_passport';
  if (code === 'PS' || code === 'PO') return 'service_passport';
  return f.documentType;
}

export interface MrzOutcome {
  fields: MrzFields;
  /** Check fields whose check digit is wrong. */
  badChecks: MrzCheckField[];
}

interface Props {
  onParsed: (r: MrzOutcome) => void;
  onCleared: () => void;
}

/** "Paste MRZ": parses live as the user types, fills the form, and flags wrong check digits. */
export function MrzPaste({ onParsed, onCleared }: Props) {
  const { t, locale } = useI18n();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ReturnType<typeof parseMrz> | null>(null);

  const change = (v: string) => {
    setText(v);
    const lines = v
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length < 2) {
      setResult(null);
      if (!v.trim()) onCleared();
      return;
    }
    const r = parseMrz(v, { now: serverNow() });
    setResult(r);
    if (r.fields) onParsed({ fields: r.fields, badChecks: r.checks.filter((c) => !c.valid).map((c) => c.field) });
  };

  const badChecks = result?.checks.filter((c) => !c.valid) ?? [];
  const otherErrors = (result?.errors ?? []).filter((e) => e.code !== 'check_digit');
  const fieldLabel = (f: string) => t(`mrz.field.${f}` as MessageKey);

  return (
    <Card
      size="small"
      className="section-card"
      title={
        <Space>
          <ScanOutlined />
          {t('mrz.title')}
        </Space>
      }
      extra={result?.format ? <Tag color={result.valid ? 'green' : 'red'}>{result.format}</Tag> : null}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('mrz.help')}
      </Typography.Paragraph>
      <Input.TextArea
        className="mrz-input"
        value={text}
        onChange={(e) => change(e.target.value.toUpperCase())}
        autoSize={{ minRows: 2, maxRows: 4 }}
        placeholder={t('mrz.placeholder')}
        spellCheck={false}
        data-testid="mrz-input"
      />
      {result && !result.fields && (
        <Alert
          style={{ marginTop: 8 }}
          type="error"
          showIcon
          data-testid="mrz-error"
          title={t('mrz.invalid')}
          description={result.errors.map((e) => say({ zh: e.message_zh, en: e.message_en }, locale)).join('；')}
        />
      )}
      {result?.fields && badChecks.length > 0 && (
        <Alert
          style={{ marginTop: 8 }}
          type="error"
          showIcon
          data-testid="mrz-check-error"
          title={t('mrz.checkFailed', {
            fields: joinList(
              badChecks.map((c) => fieldLabel(c.field)),
              locale,
            ),
          })}
          description={badChecks
            .map((c) => t('mrz.foundExpected', { field: fieldLabel(c.field), found: c.found ?? '', expected: c.expected ?? '' }))
            .join(say(ITEM_SEPARATOR, locale))}
        />
      )}
      {result?.fields && otherErrors.length > 0 && (
        <Alert
          style={{ marginTop: 8 }}
          type="warning"
          showIcon
          data-testid="mrz-warning"
          title={otherErrors.map((e) => say({ zh: e.message_zh, en: e.message_en }, locale)).join('；')}
        />
      )}
      {result?.fields && badChecks.length === 0 && (
        <Alert
          style={{ marginTop: 8 }}
          type="success"
          showIcon
          data-testid="mrz-ok"
          title={t('mrz.filled', {
            fields: joinList(
              [
                t('res.f.surname'),
                t('res.f.givenNames'),
                t('res.f.sex'),
                t('res.f.birthDate'),
                t('res.f.nationality'),
                t('res.f.docNumber'),
                t('res.f.docExpiry'),
              ],
              locale,
            ),
          })}
        />
      )}
    </Card>
  );
}

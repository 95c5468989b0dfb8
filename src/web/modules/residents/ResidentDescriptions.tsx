import type { ReactNode } from 'react';
import { Alert, Card, Descriptions, Tag, Typography } from 'antd';
import { unitName } from '@shared/labels/platform';
import { DOC_TYPE_LABELS, REVIEW_FLAG_LABELS, SEX_LABELS, VISA_ENTRY_LABELS } from '@shared/labels/residents';
import { countryName } from '@shared/reference/countries';
import type { Resident } from '@web/ui/api/endpoints';
import { ExpiryDate } from '@web/ui/ExpiryTag';
import { useVisaLabel } from '@web/ui/VisaTypeSelect';
import { useI18n, type MessageKey } from '@web/ui/i18n';
import { fmtDateTime } from '@web/ui/format';

const dash = <span className="muted">—</span>;
const v = (x: ReactNode) => (x === null || x === undefined || x === '' ? dash : x);

export function ResidentDescriptions({ r }: { r: Resident }) {
  const { t, label: labelOf, locale } = useI18n();
  const visaLabel = useVisaLabel();
  const label = (k: string) => t(`res.f.${k}` as MessageKey);
  // A unit with no English name shows its Chinese one.
  const area = r.areaPath.map((a) => unitName({ nameZh: a.nameZh, nameEn: a.nameEn || a.nameZh }, locale)).join(' / ');
  const section = (key: string, title: MessageKey, items: [string, ReactNode, number?][]) => (
    <Card size="small" className="section-card" title={t(title)} data-testid={`detail-${key}`}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={items.map(([k, val, span]) => ({ key: k, label: label(k), children: v(val), span }))}
      />
    </Card>
  );

  return (
    <>
      {r.reviewFlags.map((f) => (
        <Alert key={f} type="warning" showIcon style={{ marginBottom: 12 }} message={labelOf(REVIEW_FLAG_LABELS, f)} data-testid={`review-${f}`} />
      ))}
      {section('identity', 'res.section.identity', [
        ['surname', r.surname],
        ['givenNames', r.givenNames],
        ['nameZh', r.nameZh],
        ['sex', r.sex ? labelOf(SEX_LABELS, r.sex) : null],
        ['birthDate', r.birthDate],
        ['nationality', `${countryName(r.nationality, locale)} (${r.nationality})`],
      ])}
      {section('doc', 'res.section.travelDoc', [
        ['docType', labelOf(DOC_TYPE_LABELS, r.docType)],
        [
          'docNumber',
          <span data-testid="detail-docNumber">
            <Typography.Text code>{r.docNumber}</Typography.Text>
            {r.docNumberMasked && <Tag style={{ marginInlineStart: 6 }}>{t('res.detail.masked')}</Tag>}
          </span>,
        ],
        ['docIssuingCountry', r.docIssuingCountry ? `${countryName(r.docIssuingCountry, locale)} (${r.docIssuingCountry})` : null],
        ['docExpiry', <ExpiryDate date={r.docExpiry} />],
      ])}
      {section('visa', 'res.section.visa', [
        ['visaType', r.visaType ? visaLabel(r.visaType) : null],
        ['visaNumber', r.visaNumber],
        ['visaEntries', r.visaEntries ? labelOf(VISA_ENTRY_LABELS, r.visaEntries) : null],
        ['visaIssueDate', r.visaIssueDate],
        ['visaExpiry', <ExpiryDate date={r.visaExpiry} />],
      ])}
      {section('stay', 'res.section.stay', [
        ['purpose', r.purpose],
        ['employer', r.employer],
        ['occupation', r.occupation],
        ['orgUnitId', area],
        ['addressBuilding', r.addressBuilding],
        ['addressRoom', r.addressRoom],
        ['addressDetail', r.addressDetail, 2],
        ['phone', r.phone],
      ])}
      {section('arrival', 'res.section.arrival', [
        ['arrivalDate', r.arrivalDate],
        ['arrivalPort', r.arrivalPort],
        ['departureDate', r.departureDate],
        ['host', r.host],
        ['accommodationRegistered', r.accommodationRegistered ? <Tag color="green">{t('common.yes')}</Tag> : <Tag color="red">{t('common.no')}</Tag>],
        ['accommodationRegisteredOn', r.accommodationRegisteredOn],
      ])}
      {section('tags', 'res.section.tags', [
        [
          'tags',
          r.tags.length
            ? r.tags.map((x) => (
                <Tag key={x} color="geekblue">
                  {x}
                </Tag>
              ))
            : null,
          3,
        ],
        ['notes', r.notes ? <span style={{ whiteSpace: 'pre-wrap' }}>{r.notes}</span> : null, 3],
        ['createdAt', fmtDateTime(r.createdAt)],
        ['updatedAt', fmtDateTime(r.updatedAt)],
        ['version', r.version],
      ])}
    </>
  );
}

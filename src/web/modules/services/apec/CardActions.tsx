/** What the office does with a card, on the case's panel and in the register: cancel, replace, reissue, custody. */
import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { CANCEL_REASONS } from '@shared/contracts/services-apec';
import { CANCEL_REASON_LABELS, CARD_ORIGIN_LABELS, CARD_STATE_LABELS } from '@shared/labels/services-apec';
import { useI18n } from '@web/ui/i18n';
import { useCan } from '@web/ui/session';
import { today } from '@web/ui/format';
import { apecApi, type ApecCard } from './api';
import { FieldsModal, type FieldSpec, type Values } from './FieldsModal';

type Action = 'cancel' | 'replace' | 'reissue' | 'custodyIn' | 'custodyOut';

export function CardStateTags({ card }: { card: ApecCard }) {
  const { t, label } = useI18n();
  const color = card.state === 'valid' ? 'green' : card.state === 'replaced' ? 'blue' : 'default';
  return (
    <Space size={4} wrap>
      <Tag color={color}>{label(CARD_STATE_LABELS, card.state)}</Tag>
      {card.expiring && <Tag color="orange">{t('svc.apec.c.expiring')}</Tag>}
      {card.origin !== 'first' && <Tag>{label(CARD_ORIGIN_LABELS, card.origin)}</Tag>}
      {card.cancelReason && <Tag>{label(CANCEL_REASON_LABELS, card.cancelReason)}</Tag>}
      {card.officeCustody && <Tag color={card.inOffice ? 'purple' : 'gold'}>{t(card.inOffice ? 'svc.apec.c.inOffice' : 'svc.apec.c.out')}</Tag>}
    </Space>
  );
}

export function CardActions({ card, onChanged }: { card: ApecCard; onChanged: () => void }) {
  const { t, label } = useI18n();
  const can = useCan();
  const [open, setOpen] = useState<Action | null>(null);
  if (!can('services.handle')) return null;
  const terms: FieldSpec[] = [
    { name: 'number', label: 'svc.apec.c.number', kind: 'text', required: true },
    { name: 'validFrom', label: 'svc.apec.c.validFrom', kind: 'date', required: true },
    { name: 'validTo', label: 'svc.apec.c.validTo', kind: 'date', required: true },
  ];
  const forms: Record<Action, { fields: FieldSpec[]; initial?: Values; send: (v: Values) => Promise<unknown> }> = {
    cancel: {
      fields: [
        {
          name: 'reason',
          label: 'svc.apec.x.reason',
          kind: 'select',
          required: true,
          options: CANCEL_REASONS.map((r) => ({ value: r, label: label(CANCEL_REASON_LABELS, r) })),
        },
        { name: 'cancelledOn', label: 'svc.apec.x.cancelledOn', kind: 'date', required: true },
        { name: 'note', label: 'svc.apec.x.note', kind: 'textarea' },
      ],
      initial: { cancelledOn: today() },
      send: (v) => apecApi.cancelCard(card.id, { ...v, version: card.version } as never),
    },
    replace: {
      fields: [
        ...terms,
        { name: 'passportNumber', label: 'svc.apec.x.newPassportNumber', kind: 'text', required: true },
        { name: 'passportExpiry', label: 'svc.apec.x.newPassportExpiry', kind: 'date', required: true },
      ],
      initial: { validFrom: today() },
      send: (v) => apecApi.replaceCard(card.id, { ...v, version: card.version } as never),
    },
    reissue: {
      fields: terms,
      initial: { validFrom: today(), validTo: card.validTo },
      send: (v) => apecApi.reissueCard(card.id, { ...v, version: card.version } as never),
    },
    custodyIn: {
      fields: [
        { name: 'onDate', label: 'svc.apec.x.onDate', kind: 'date', required: true },
        { name: 'note', label: 'svc.apec.x.note', kind: 'textarea' },
      ],
      initial: { onDate: today() },
      send: (v) => apecApi.custody(card.id, { ...v, direction: 'in', version: card.version } as never),
    },
    custodyOut: {
      fields: [
        { name: 'onDate', label: 'svc.apec.x.onDate', kind: 'date', required: true },
        { name: 'note', label: 'svc.apec.x.note', kind: 'textarea' },
      ],
      initial: { onDate: today() },
      send: (v) => apecApi.custody(card.id, { ...v, direction: 'out', version: card.version } as never),
    },
  };
  const valid = card.state === 'valid';
  const lost = card.state === 'cancelled' && card.cancelReason === 'lost';
  const shown: Action[] = [
    ...(valid ? (['cancel', 'replace'] as const) : []),
    ...(valid || lost ? (['reissue'] as const) : []),
    ...(card.officeCustody && valid && card.inOffice ? (['custodyOut'] as const) : []),
    ...(card.officeCustody && !card.inOffice ? (['custodyIn'] as const) : []),
  ];
  const current = open ? forms[open] : null;
  return (
    <>
      <Space size={4} wrap>
        {shown.map((a) => (
          <Button key={a} size="small" onClick={() => setOpen(a)} data-testid={`card-${a}`}>
            {t(`svc.apec.card.${a}` as const)}
          </Button>
        ))}
      </Space>
      {current && open && (
        <FieldsModal
          open
          title={`${t(`svc.apec.card.${open}` as const)} · ${card.number}`}
          fields={current.fields}
          initial={current.initial}
          onSubmit={async (v) => {
            await current.send(v);
            onChanged();
          }}
          onClose={() => setOpen(null)}
          testid={`card-${open}-form`}
        />
      )}
    </>
  );
}

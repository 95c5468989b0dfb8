import { useState } from 'react';
import { Alert, Checkbox, Empty, Flex, Input, List, Modal, Select, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { countryName } from '@shared/reference/countries';
import { joinList } from '@shared/labels/labels';
import { useI18n } from '@web/ui/i18n';
import { errorMessage } from '@web/ui/formErrors';
import { visaApi, type VisaTrip } from './api';

/**
 * Picks an approved trip of the caller's scope and adds its members' passports to the batch: the holders, their
 * passport numbers and the passports the office holds come from the trip; the country is one of the trip's.
 */
export function VisaTripPicker({ caseId, onClose, onSaved }: { caseId: number; onClose: () => void; onSaved: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  const [trip, setTrip] = useState<VisaTrip | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [country, setCountry] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const trips = useQuery({ queryKey: ['services', 'visa', 'trips', q], queryFn: () => visaApi.trips(q || undefined) });
  const pick = (t: VisaTrip) => {
    setTrip(t);
    setChosen(t.members.map((m) => m.name));
    setCountry(t.countries[0] ?? null);
  };
  const add = async () => {
    if (!trip || !country) return;
    setBusy(true);
    setError(null);
    try {
      for (const m of trip.members.filter((x) => chosen.includes(x.name)))
        await visaApi.add(caseId, {
          holderName: m.name,
          passportNumber: m.passportNumber ?? '',
          country,
          travelApplicationId: trip.id,
          travelPassportId: m.travelPassportId,
        });
      await onSaved();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t('svc.visa.linkTrip')}
      onCancel={onClose}
      onOk={add}
      okText={t('svc.visa.trip.addN', { n: chosen.length })}
      okButtonProps={{ disabled: !trip || !chosen.length || !country }}
      confirmLoading={busy}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Input.Search allowClear placeholder={t('svc.visa.trip.search')} onSearch={setQ} style={{ marginBottom: 12 }} data-testid="visa-trip-search" />
      <List<VisaTrip>
        size="small"
        bordered
        loading={trips.isLoading}
        dataSource={trips.data ?? []}
        locale={{ emptyText: <Empty description={t('svc.visa.trip.none')} /> }}
        style={{ maxHeight: 220, overflow: 'auto', marginBottom: 12 }}
        renderItem={(x) => (
          <List.Item onClick={() => pick(x)} style={{ cursor: 'pointer', background: trip?.id === x.id ? 'rgba(22,119,255,0.08)' : undefined }}>
            <Flex vertical>
              <Typography.Text strong>{x.task}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {x.departDate} – {x.returnDate} ·{' '}
                {joinList(
                  x.countries.map((c) => countryName(c, locale)),
                  locale,
                )}{' '}
                · {t('svc.visa.trip.memberCount', { n: x.members.length })}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {trip && (
        <Flex vertical gap={8}>
          <Flex gap={8} align="center">
            <Typography.Text>{t('svc.visa.trip.country')}</Typography.Text>
            <Select
              style={{ minWidth: 200 }}
              value={country}
              onChange={setCountry}
              options={trip.countries.map((c) => ({ value: c, label: countryName(c, locale) }))}
            />
          </Flex>
          <Typography.Text>{t('svc.visa.trip.members')}</Typography.Text>
          <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as string[])}>
            <Flex vertical gap={4}>
              {trip.members.map((m) => (
                <Checkbox key={m.name} value={m.name}>
                  {m.name} {m.passportNumber}{' '}
                  <Tag color={m.travelPassportId ? 'green' : 'default'}>{m.travelPassportId ? t('svc.visa.trip.held') : t('svc.visa.trip.notHeld')}</Tag>
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Flex>
      )}
    </Modal>
  );
}

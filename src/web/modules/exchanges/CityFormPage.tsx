import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { foreignCityLabel } from '@shared/labels/exchanges';
import { say } from '@shared/labels/labels';
import { citiesApi, type CityInput, type FriendshipCity } from './api';
import { useI18n } from '@web/ui/i18n';
import { CityFormSections } from './CityFormSections';
import type { PairStatus, RelationType } from './labels';
import { RecordFormShell } from './RecordForm';
import { useRecordEdit } from './useRecordEdit';
import { txt, ymd } from './visitFormModel';

interface Contact {
  name?: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
}
interface Values {
  orgUnitId?: number | null;
  foreignCityZh?: string;
  foreignCityEn?: string;
  country?: string;
  provinceState?: string | null;
  relationType?: RelationType;
  establishedOn?: Dayjs | null;
  agreementDoc?: string | null;
  status?: PairStatus;
  tier?: '1' | '2' | '3' | null;
  industries?: string[];
  contacts?: Contact[];
  notes?: string | null;
}
const FIELDS = [
  'orgUnitId',
  'foreignCityZh',
  'foreignCityEn',
  'country',
  'provinceState',
  'relationType',
  'establishedOn',
  'agreementDoc',
  'status',
  'tier',
  'industries',
  'contacts',
  'notes',
];

const toForm = (c: FriendshipCity): Values => ({
  orgUnitId: c.orgUnitId,
  foreignCityZh: c.foreignCityZh,
  foreignCityEn: c.foreignCityEn,
  country: c.country,
  provinceState: c.provinceState,
  relationType: c.relationType,
  establishedOn: dayjs(c.establishedOn),
  agreementDoc: c.agreementDoc,
  status: c.status,
  tier: (c.tier as Values['tier']) ?? null,
  industries: c.industries,
  contacts: c.contacts,
  notes: c.notes,
});
const toInput = (v: Values): CityInput => ({
  orgUnitId: v.orgUnitId ?? undefined,
  foreignCityZh: (v.foreignCityZh ?? '').trim(),
  foreignCityEn: (v.foreignCityEn ?? '').trim(),
  country: v.country ?? '',
  provinceState: txt(v.provinceState),
  relationType: v.relationType ?? 'friendship',
  establishedOn: ymd(v.establishedOn),
  agreementDoc: txt(v.agreementDoc),
  status: v.status ?? 'active',
  tier: v.tier ?? null,
  industries: (v.industries ?? []).map((s) => s.trim()).filter(Boolean),
  contacts: (v.contacts ?? []).map((c) => ({ name: (c.name ?? '').trim(), title: txt(c.title), phone: txt(c.phone), email: txt(c.email) })),
  notes: txt(v.notes),
});

export default function CityFormPage() {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const { record: c, state, reload, blocked } = useRecordEdit({ kind: 'cities', api: citiesApi, form, fields: FIELDS, toForm, toInput });
  if (blocked) return blocked;
  return (
    <RecordFormShell<Values>
      title={c ? t('ex.c.editTitle', { name: say(foreignCityLabel(c), locale) }) : t('ex.c.newTitle')}
      form={form}
      testid="city-form"
      saveTestid="city-save"
      state={state}
      onReload={reload}
      initialValues={{ relationType: 'friendship', status: 'active', industries: [], contacts: [] }}>
      <CityFormSections />
    </RecordFormShell>
  );
}

import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Form, Skeleton } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { citiesApi, type CityInput, type FriendshipCity } from '../../api/exchanges';
import { ErrorResult, NotFoundPage } from '../../components/ResultPages';
import { useI18n } from '../../i18n';
import { CityFormSections } from './CityFormSections';
import type { PairStatus, RelationType } from './labels';
import { RecordFormShell, useRecordSave } from './RecordForm';
import { txt, ymd } from './visitFormModel';

interface Contact { name?: string; title?: string | null; phone?: string | null; email?: string | null }
interface Values {
  orgUnitId?: number | null; foreignCityZh?: string; foreignCityEn?: string; country?: string; provinceState?: string | null;
  relationType?: RelationType; establishedOn?: Dayjs | null; agreementDoc?: string | null; status?: PairStatus; tier?: '1' | '2' | '3' | null;
  industries?: string[]; contacts?: Contact[]; notes?: string | null;
}
const FIELDS = ['orgUnitId', 'foreignCityZh', 'foreignCityEn', 'country', 'provinceState', 'relationType', 'establishedOn', 'agreementDoc', 'status', 'tier', 'industries', 'contacts', 'notes'];

const toForm = (c: FriendshipCity): Values => ({
  orgUnitId: c.orgUnitId, foreignCityZh: c.foreignCityZh, foreignCityEn: c.foreignCityEn, country: c.country, provinceState: c.provinceState,
  relationType: c.relationType, establishedOn: dayjs(c.establishedOn), agreementDoc: c.agreementDoc, status: c.status,
  tier: (c.tier as Values['tier']) ?? null, industries: c.industries, contacts: c.contacts, notes: c.notes,
});
const toInput = (v: Values): CityInput => ({
  orgUnitId: v.orgUnitId ?? undefined, foreignCityZh: (v.foreignCityZh ?? '').trim(), foreignCityEn: (v.foreignCityEn ?? '').trim(),
  country: v.country ?? '', provinceState: txt(v.provinceState), relationType: v.relationType ?? 'friendship', establishedOn: ymd(v.establishedOn),
  agreementDoc: txt(v.agreementDoc), status: v.status ?? 'active', tier: v.tier ?? null,
  industries: (v.industries ?? []).map((s) => s.trim()).filter(Boolean),
  contacts: (v.contacts ?? []).map((c) => ({ name: (c.name ?? '').trim(), title: txt(c.title), phone: txt(c.phone), email: txt(c.email) })),
  notes: txt(v.notes),
});

export default function CityFormPage() {
  const { t, locale } = useI18n();
  const { id: idParam } = useParams();
  const id = idParam ? Number(idParam) : null;
  const nav = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const existing = useQuery({ queryKey: ['exchanges', 'cities', id], queryFn: () => citiesApi.get(id!), enabled: id != null });
  useEffect(() => { if (existing.data) form.setFieldsValue(toForm(existing.data)); }, [existing.data, form]);
  const state = useRecordSave<Values, FriendshipCity>(form, FIELDS,
    (v) => (id != null && existing.data ? citiesApi.update(id, { ...toInput(v), version: existing.data.version }) : citiesApi.create(toInput(v))),
    (saved) => {
      qc.setQueryData(['exchanges', 'cities', saved.id], saved);
      qc.invalidateQueries({ queryKey: ['exchanges'], predicate: (q) => q.queryKey[2] !== saved.id });
      nav(`/exchanges/cities/${saved.id}`);
    });
  const reload = async () => {
    const r = await existing.refetch();
    if (r.data) { form.resetFields(); form.setFieldsValue(toForm(r.data)); }
  };

  if (id != null) {
    if (existing.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
    if (existing.error instanceof ApiError && existing.error.status === 404) return <NotFoundPage message={t('ex.notFound')} />;
    if (existing.error) return <ErrorResult error={existing.error} onRetry={() => existing.refetch()} />;
  }
  const c = existing.data;
  return (
    <RecordFormShell<Values> title={c ? t('ex.c.editTitle', { name: locale === 'en-US' ? c.foreignCityEn : c.foreignCityZh }) : t('ex.c.newTitle')}
      form={form} testid="city-form" saveTestid="city-save" state={state} onReload={reload}
      initialValues={{ relationType: 'friendship', status: 'active', industries: [], contacts: [] }}>
      <CityFormSections />
    </RecordFormShell>
  );
}

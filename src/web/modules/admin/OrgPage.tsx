import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, Input, Modal, Row, Select, Skeleton, Space, Switch, Tag, Tree } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { OrgKind } from '@shared/contracts/org';
import { labelOptions } from '@shared/labels/labels';
import { ORG_KIND_LABELS } from '@shared/labels/platform';
import { orgApi, type OrgUnit } from '@web/ui/api/endpoints';
import { applyFieldErrors, errorMessage, testIdProps } from '@web/ui/formErrors';
import { PageHeader } from '@web/ui/PageHeader';
import { useI18n } from '@web/ui/i18n';
import { buildOrgTree, orgMap, orgName, useOrgUnits } from '@web/ui/org';

const CHILD_KIND: Partial<Record<OrgKind, OrgKind>> = { city: 'district', district: 'street', street: 'community', department: 'unit' };

interface UnitForm {
  kind: OrgKind;
  nameZh: string;
  nameEn?: string;
  divisionCode?: string;
  archived?: boolean;
}

export default function OrgPage() {
  const { t, label, locale } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { data, isLoading } = useOrgUnits();
  const [selected, setSelected] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<'add' | 'rename' | null>(null);
  const [form] = Form.useForm<UnitForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const units = useMemo(() => orgMap(data), [data]);
  const tree = useMemo(() => {
    const q = search.trim().toLowerCase();
    const all = data ?? [];
    if (!q) return buildOrgTree(all, locale, { includeArchived: true });
    // Keep matches and their ancestors.
    const keep = new Set<number>();
    for (const u of all) {
      if (!`${u.nameZh} ${u.nameEn}`.toLowerCase().includes(q)) continue;
      for (let c: OrgUnit | undefined = u; c && !keep.has(c.id); c = c.parentId != null ? units.get(c.parentId) : undefined) keep.add(c.id);
    }
    return buildOrgTree(
      all.filter((u) => keep.has(u.id)),
      locale,
      { includeArchived: true },
    );
  }, [data, locale, search, units]);
  const unit = selected != null ? units.get(selected) : undefined;

  const open = (kind: 'add' | 'rename') => {
    if (!unit) return;
    setError(null);
    form.resetFields();
    if (kind === 'rename') form.setFieldsValue({ kind: unit.kind, nameZh: unit.nameZh, nameEn: unit.nameEn, archived: unit.archived });
    else form.setFieldsValue({ kind: CHILD_KIND[unit.kind] ?? 'unit' });
    setDialog(kind);
  };
  const submit = async (v: UnitForm) => {
    if (!unit) return;
    setBusy(true);
    setError(null);
    try {
      if (dialog === 'add') {
        const created = await orgApi.create({
          parentId: unit.id,
          kind: v.kind,
          nameZh: v.nameZh,
          nameEn: v.nameEn || undefined,
          divisionCode: v.divisionCode || undefined,
        });
        setSelected(created.id);
      } else {
        await orgApi.update(unit.id, { version: unit.version, nameZh: v.nameZh, nameEn: v.nameEn ?? '', archived: !!v.archived });
      }
      message.success(t('common.saved'));
      setDialog(null);
      qc.invalidateQueries({ queryKey: ['org'] });
    } catch (e) {
      const rest = applyFieldErrors(form, e, ['kind', 'nameZh', 'nameEn', 'divisionCode', 'archived']);
      setError(rest.length ? rest.join('; ') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('org.title')} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small">
            <Input.Search
              allowClear
              placeholder={t('org.search')}
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 8 }}
              data-testid="org-search"
            />
            {isLoading ? (
              <Skeleton active />
            ) : (
              <Tree
                showLine
                blockNode
                height={620}
                defaultExpandAll={!!search.trim() || (data?.length ?? 0) < 80}
                defaultExpandedKeys={tree.map((n) => n.key)}
                key={search ? `s-${search}` : 'all'}
                treeData={tree}
                selectedKeys={selected != null ? [selected] : []}
                onSelect={(keys) => setSelected(keys.length ? Number(keys[0]) : null)}
                titleRender={(n) => (
                  <span data-testid={`org-node-${n.key}`}>
                    {n.title as string} <Tag style={{ marginInlineStart: 4 }}>{label(ORG_KIND_LABELS, n.unit.kind)}</Tag>
                    {n.unit.archived && <Tag>{t('org.archived')}</Tag>}
                  </span>
                )}
                data-testid="org-tree"
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={unit ? orgName(unit, locale) : t('org.title')}
            extra={
              unit && (
                <Space>
                  <Button icon={<PlusOutlined />} onClick={() => open('add')} data-testid="org-add-child">
                    {t('org.addChild')}
                  </Button>
                  <Button icon={<EditOutlined />} onClick={() => open('rename')} data-testid="org-rename">
                    {t('org.rename')}
                  </Button>
                </Space>
              )
            }>
            {unit ? (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'zh', label: t('org.nameZh'), children: unit.nameZh },
                  { key: 'en', label: t('org.nameEn'), children: unit.nameEn || '—' },
                  { key: 'kind', label: t('org.kind'), children: label(ORG_KIND_LABELS, unit.kind) },
                  { key: 'code', label: t('org.divisionCode'), children: unit.divisionCode ?? '—' },
                  {
                    key: 'parent',
                    label: t('org.parent'),
                    children: unit.parentId != null && units.get(unit.parentId) ? orgName(units.get(unit.parentId)!, locale) : '—',
                  },
                  { key: 'archived', label: t('org.archived'), children: unit.archived ? t('common.yes') : t('common.no') },
                ]}
              />
            ) : (
              <Empty description={t('org.selectHint')} />
            )}
          </Card>
        </Col>
      </Row>
      <Modal
        open={dialog !== null}
        title={dialog === 'add' ? `${t('org.addChild')} · ${unit ? orgName(unit, locale) : ''}` : t('org.rename')}
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        destroyOnHidden
        okButtonProps={testIdProps('org-save')}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<UnitForm> form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="kind" label={t('org.kind')} rules={[{ required: true }]}>
            <Select disabled={dialog === 'rename'} options={labelOptions(ORG_KIND_LABELS, locale)} />
          </Form.Item>
          <Form.Item name="nameZh" label={t('org.nameZh')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input data-testid="org-nameZh" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('org.nameEn')}>
            <Input data-testid="org-nameEn" />
          </Form.Item>
          {dialog === 'add' && (
            <Form.Item name="divisionCode" label={t('org.divisionCode')} rules={[{ pattern: /^\d{6,12}$/, message: '6–12 digits' }]}>
              <Input />
            </Form.Item>
          )}
          {dialog === 'rename' && (
            <Form.Item name="archived" label={t('org.archived')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}

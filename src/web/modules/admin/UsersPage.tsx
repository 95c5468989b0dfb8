import { useState } from 'react';
import { App, Button, Space, Table, Tag, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS } from '@shared/labels/platform';
import { usersApi, type User } from '@web/ui/api/endpoints';
import { errorMessage } from '@web/ui/formErrors';
import { PageHeader } from '@web/ui/PageHeader';
import { ErrorResult } from '@web/ui/ResultPages';
import { useI18n } from '@web/ui/i18n';
import { orgMap, orgName, useOrgUnits } from '@web/ui/org';
import { ResetPasswordModal, UserModal } from './UserModal';

export default function UsersPage() {
  const { t, label, locale } = useI18n();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const { data, isLoading, error, refetch } = useQuery({ queryKey: ['users'], queryFn: usersApi.list });
  const units = orgMap(useOrgUnits().data);
  const users: User[] = Array.isArray(data) ? data : (data?.items ?? []);
  const [editing, setEditing] = useState<User | null | 'new'>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const reload = () => qc.invalidateQueries({ queryKey: ['users'] });

  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
      reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const toggleDisabled = (u: User) => {
    if (u.disabled) return act(() => usersApi.update(u.id, { version: u.version, disabled: false }), t('common.saved'));
    modal.confirm({
      title: t('users.disable'),
      content: t('users.disableConfirm', { name: u.displayName }),
      okButtonProps: { danger: true },
      onOk: () => act(() => usersApi.update(u.id, { version: u.version, disabled: true }), t('common.saved')),
    });
  };

  const columns: TableProps<User>['columns'] = [
    { key: 'username', title: t('users.col.username'), dataIndex: 'username' },
    { key: 'displayName', title: t('users.col.displayName'), dataIndex: 'displayName' },
    { key: 'role', title: t('users.col.role'), render: (_, u) => <Tag color={u.role === 'admin' ? 'red' : 'blue'}>{label(ROLE_LABELS, u.role)}</Tag> },
    {
      key: 'org',
      title: t('users.col.org'),
      render: (_, u) => {
        const o = units.get(u.orgUnitId);
        return o ? orgName(o, locale) : u.orgUnitName;
      },
    },
    {
      key: 'status',
      title: t('users.col.status'),
      render: (_, u) => (
        <Space size={4} wrap>
          {u.disabled ? <Tag>{t('users.disabled')}</Tag> : <Tag color="green">{t('users.enabled')}</Tag>}
          {u.locked && <Tag color="orange">{t('users.locked')}</Tag>}
          {u.mustChangePassword && <Tag color="gold">{t('users.mustChange')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, u) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditing(u)} data-testid={`user-edit-${u.username}`}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setResetting(u)} data-testid={`user-reset-${u.username}`}>
            {t('users.resetPassword')}
          </Button>
          {u.locked && (
            <Button type="link" size="small" onClick={() => act(() => usersApi.unlock(u.id), t('users.unlocked'))} data-testid={`user-unlock-${u.username}`}>
              {t('users.unlock')}
            </Button>
          )}
          <Button type="link" size="small" danger={!u.disabled} onClick={() => toggleDisabled(u)} data-testid={`user-toggle-${u.username}`}>
            {u.disabled ? t('users.enable') : t('users.disable')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="user-new">
            {t('users.new')}
          </Button>
        }
      />
      {error ? (
        <ErrorResult error={error} onRetry={() => refetch()} />
      ) : (
        <Table<User>
          rowKey="id"
          size="middle"
          data-testid="users-table"
          loading={isLoading}
          columns={columns}
          dataSource={users}
          pagination={{ pageSize: 20, showTotal: (n) => t('common.total', { n }) }}
        />
      )}
      <UserModal
        open={editing !== null}
        user={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => {
          setResetting(null);
          reload();
        }}
      />
    </>
  );
}

import { Suspense, useEffect, useRef, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Avatar, Button, Flex, Layout, Menu, Tag, Tooltip, Typography, type MenuProps } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS } from '@shared/labels/platform';
import { useI18n } from '../ui/i18n';
import { authApi } from '../ui/api/endpoints';
import { useMe, useSetSession } from '../ui/session';
import { LangSwitch } from './LangSwitch';
import { WEB_MODULES } from '../modules/registry';
import type { MenuEntry } from '../ui/module';

/** The menu entry whose page is showing: the longest entry path the location starts with. */
function selectedKey(path: string): string {
  const all = WEB_MODULES.flatMap((m) => m.menu?.entries ?? [])
    .map((n) => n.path)
    .sort((a, b) => b.length - a.length);
  return all.find((k) => path === k || path.startsWith(`${k}/`)) ?? path;
}

export function AppLayout() {
  const { t, label, locale, setLocale } = useI18n();
  const me = useMe();
  const nav = useNavigate();
  const loc = useLocation();
  const qc = useQueryClient();
  const setSession = useSetSession();
  const [collapsed, setCollapsed] = useState(false);
  const syncedFor = useRef<number | null>(null);

  // Adopt the language saved on the user's account once per login.
  useEffect(() => {
    if (syncedFor.current === me.id) return;
    syncedFor.current = me.id;
    if (me.locale !== locale) setLocale(me.locale);
  }, [me.id, me.locale, locale, setLocale]);

  const toItem = (i: MenuEntry) => ({ key: i.path, icon: i.icon, label: <span data-testid={i.testid}>{t(i.label)}</span> });
  const items: MenuProps['items'] = WEB_MODULES.flatMap((m) => {
    const entries = (m.menu?.entries ?? []).filter((i) => me.permissions.includes(i.permission)).map(toItem);
    const group = m.menu?.group;
    if (!group) return entries;
    return entries.length ? [{ key: group.key, icon: group.icon, label: <span data-testid={group.testid}>{t(group.label)}</span>, children: entries }] : [];
  });
  const groups = WEB_MODULES.flatMap((m) => (m.menu?.group ? [m.menu.group.key] : []));

  const logout = async () => {
    await authApi.logout().catch(() => undefined);
    setSession(null);
    qc.clear();
    nav('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider className="app-sider" collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220} breakpoint="lg" data-testid="sider">
        <div className="brand">
          <span className="brand-mark">外</span>
          {!collapsed && (
            <span className="brand-text" title={t('app.title')}>
              {t('app.brand')}
            </span>
          )}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          data-testid="main-menu"
          selectedKeys={[selectedKey(loc.pathname)]}
          defaultOpenKeys={groups}
          items={items}
          onClick={({ key }) => nav(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>
            {t('app.short')} · {me.orgUnitName}
          </Typography.Text>
          <Flex align="center" gap={16}>
            <LangSwitch size="small" />
            <Flex align="center" gap={8} data-testid="current-user">
              <Avatar size="small" style={{ background: '#1f5fbf' }} icon={<UserOutlined />} />
              <span>
                <Typography.Text strong>{me.displayName}</Typography.Text> <Tag style={{ marginInlineStart: 4 }}>{label(ROLE_LABELS, me.role)}</Tag>
              </span>
            </Flex>
            <Tooltip title={t('header.changePassword')}>
              <Button type="text" icon={<KeyOutlined />} onClick={() => nav('/change-password')} data-testid="change-password-link" />
            </Tooltip>
            <Button icon={<LogoutOutlined />} onClick={logout} data-testid="logout">
              {t('header.logout')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Suspense fallback={null}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

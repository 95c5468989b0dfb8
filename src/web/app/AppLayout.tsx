import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Avatar, Button, Flex, Layout, Menu, Tag, Tooltip, Typography, type MenuProps } from 'antd';
import {
  AlertOutlined, ApartmentOutlined, AuditOutlined, BarChartOutlined, BookOutlined, CalendarOutlined, CloudUploadOutlined, DashboardOutlined,
  FileTextOutlined, FlagOutlined, FundOutlined, GiftOutlined, GlobalOutlined, IdcardOutlined, KeyOutlined, LogoutOutlined, ScheduleOutlined,
  SendOutlined, SettingOutlined, SolutionOutlined, TeamOutlined, TrophyOutlined, UserOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Permission } from '../../shared/contracts/auth';
import { ROLE_LABELS } from '../../shared/labels/platform';
import { useI18n, type MessageKey } from '../ui/i18n';
import { authApi } from '../ui/api/endpoints';
import { useMe, useSetSession } from '../ui/session';
import { LangSwitch } from './LangSwitch';

interface NavItem { key: string; label: MessageKey; icon: ReactNode; perm: Permission; testid: string }

const NAV: NavItem[] = [
  { key: '/dashboard', label: 'menu.dashboard', icon: <DashboardOutlined />, perm: 'stats.read', testid: 'menu-dashboard' },
  { key: '/residents', label: 'menu.residents', icon: <TeamOutlined />, perm: 'residents.read', testid: 'menu-residents' },
  { key: '/residents/import', label: 'menu.residentsImport', icon: <CloudUploadOutlined />, perm: 'residents.import', testid: 'menu-import' },
];
const EXCHANGES: NavItem[] = [
  { key: '/exchanges/visits', label: 'menu.exVisits', icon: <SolutionOutlined />, perm: 'exchanges.read', testid: 'menu-ex-visits' },
  { key: '/exchanges/events', label: 'menu.exEvents', icon: <TrophyOutlined />, perm: 'exchanges.read', testid: 'menu-ex-events' },
  { key: '/exchanges/calendar', label: 'menu.exCalendar', icon: <CalendarOutlined />, perm: 'exchanges.read', testid: 'menu-ex-calendar' },
  { key: '/exchanges/stats', label: 'menu.exStats', icon: <BarChartOutlined />, perm: 'exchanges.read', testid: 'menu-ex-stats' },
  { key: '/exchanges/cities', label: 'menu.exCities', icon: <GlobalOutlined />, perm: 'exchanges.read', testid: 'menu-ex-cities' },
  { key: '/exchanges/anniversaries', label: 'menu.exAnniversaries', icon: <GiftOutlined />, perm: 'exchanges.read', testid: 'menu-ex-anniversaries' },
];
const TRAVEL: NavItem[] = [
  { key: '/travel/applications', label: 'menu.travelApplications', icon: <FileTextOutlined />, perm: 'travel.read', testid: 'menu-travel-applications' },
  { key: '/travel/plans', label: 'menu.travelPlans', icon: <ScheduleOutlined />, perm: 'travel.read', testid: 'menu-travel-plans' },
  { key: '/travel/follow-up', label: 'menu.travelFollowUp', icon: <AlertOutlined />, perm: 'travel.review', testid: 'menu-travel-follow-up' },
  { key: '/travel/passports', label: 'menu.travelPassports', icon: <IdcardOutlined />, perm: 'travel.read', testid: 'menu-travel-passports' },
  { key: '/travel/stats', label: 'menu.travelStats', icon: <FundOutlined />, perm: 'travel.read', testid: 'menu-travel-stats' },
  { key: '/travel/rules', label: 'menu.travelRules', icon: <BookOutlined />, perm: 'travel.read', testid: 'menu-travel-rules' },
];
const ADMIN: NavItem[] = [
  { key: '/admin/users', label: 'menu.users', icon: <UserOutlined />, perm: 'users.manage', testid: 'menu-users' },
  { key: '/admin/org', label: 'menu.org', icon: <ApartmentOutlined />, perm: 'org.manage', testid: 'menu-org' },
  { key: '/admin/calendar', label: 'menu.calendar', icon: <CalendarOutlined />, perm: 'calendar.manage', testid: 'menu-calendar' },
  { key: '/admin/audit', label: 'menu.audit', icon: <AuditOutlined />, perm: 'audit.read', testid: 'menu-audit' },
];

function selectedKey(path: string): string {
  const all = [...NAV, ...EXCHANGES, ...TRAVEL, ...ADMIN].map((n) => n.key).sort((a, b) => b.length - a.length);
  if (path.startsWith('/residents/import')) return '/residents/import';
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

  const allowed = (items: NavItem[]) => items.filter((i) => me.permissions.includes(i.perm));
  const toItem = (i: NavItem) => ({ key: i.key, icon: i.icon, label: <span data-testid={i.testid}>{t(i.label)}</span> });
  const admin = allowed(ADMIN);
  const exchanges = allowed(EXCHANGES);
  const travel = allowed(TRAVEL);
  const items: MenuProps['items'] = [
    ...allowed(NAV).map(toItem),
    ...(exchanges.length
      ? [{ key: 'exchanges', icon: <FlagOutlined />, label: <span data-testid="menu-exchanges">{t('menu.exchanges')}</span>, children: exchanges.map(toItem) }]
      : []),
    ...(travel.length
      ? [{ key: 'travel', icon: <SendOutlined />, label: <span data-testid="menu-travel">{t('menu.travel')}</span>, children: travel.map(toItem) }]
      : []),
    ...(admin.length
      ? [{ key: 'admin', icon: <SettingOutlined />, label: <span data-testid="menu-admin">{t('menu.admin')}</span>, children: admin.map(toItem) }]
      : []),
  ];

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
          {!collapsed && <span className="brand-text" title={t('app.title')}>{t('app.brand')}</span>}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          data-testid="main-menu"
          selectedKeys={[selectedKey(loc.pathname)]}
          defaultOpenKeys={['exchanges', 'travel', 'admin']}
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
                <Typography.Text strong>{me.displayName}</Typography.Text>{' '}
                <Tag style={{ marginInlineStart: 4 }}>{label(ROLE_LABELS, me.role)}</Tag>
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

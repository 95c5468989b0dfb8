import { useEffect } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zh_CN from 'antd/locale/zh_CN';
import en_US from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useQueryClient } from '@tanstack/react-query';
import { setUnauthorizedHandler } from '../ui/api/client';
import { useI18n } from '../ui/i18n';
import { SESSION_KEY } from '../ui/session';
import { AppRoutes } from './routes';

export function Root() {
  const { locale } = useI18n();
  const qc = useQueryClient();
  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    // Any 401 from a data call means the session ended: forget it, RequireAuth sends to /login.
    setUnauthorizedHandler(() => qc.setQueryData(SESSION_KEY, null));
    return () => setUnauthorizedHandler(null);
  }, [qc]);
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zh_CN : en_US}
      theme={{
        token: { colorPrimary: '#1f5fbf', borderRadius: 6 },
        components: { Layout: { siderBg: '#0f2a52' }, Menu: { darkItemBg: '#0f2a52', darkSubMenuItemBg: '#0b2143' } },
      }}>
      <AntApp>
        <AppRoutes />
      </AntApp>
    </ConfigProvider>
  );
}

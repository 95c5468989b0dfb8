import { Segmented } from 'antd';
import type { Locale } from '@shared/contracts/common';
import { useI18n } from '../ui/i18n';
import { authApi } from '../ui/api/endpoints';
import { useSession, useSetSession } from '../ui/session';

/** 中文 / English. Remembered in localStorage, and on the server when logged in. */
export function LangSwitch({ size = 'middle' }: { size?: 'small' | 'middle' | 'large' }) {
  const { locale, setLocale } = useI18n();
  const { data: session } = useSession();
  const setSession = useSetSession();
  const change = (l: Locale) => {
    setLocale(l);
    if (session) {
      setSession({ ...session, user: { ...session.user, locale: l } });
      authApi.setLocale(l).then(
        (fresh) => fresh?.user && setSession(fresh),
        () => undefined,
      );
    }
  };
  return (
    <Segmented<Locale>
      size={size}
      data-testid="lang-switch"
      value={locale}
      onChange={change}
      options={[
        { value: 'zh-CN', label: <span data-testid="lang-zh">中文</span> },
        { value: 'en-US', label: <span data-testid="lang-en">English</span> },
      ]}
    />
  );
}

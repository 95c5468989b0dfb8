import { useEffect, useState } from 'react';
import { Progress, Typography } from 'antd';
import type { PasswordContext, StrengthVerdict } from '@shared/password-strength';
import { useI18n } from './i18n';

// The estimator and its dictionaries are loaded only on the pages that set a password.
type Checker = typeof import('@shared/password-strength');
let checker: Promise<Checker> | null = null;
const loadChecker = () => (checker ??= import('@shared/password-strength'));

/** The server's verdict on a new password, computed in the page: the same rules and the same reason. */
export async function passwordProblem(password: string, ctx: PasswordContext, locale: 'zh-CN' | 'en-US'): Promise<string | null> {
  const m = await loadChecker();
  const v = m.checkPasswordStrength(password, ctx);
  return v.ok ? null : m.PASSWORD_WEAKNESS_LABELS[v.reason][locale];
}

/** A strength bar, and a word of approval once strong enough (the field's own check says why it is not). */
export function PasswordStrength({ password, context }: { password: string | undefined; context: PasswordContext }) {
  const { t } = useI18n();
  const [verdict, setVerdict] = useState<StrengthVerdict | null>(null);
  useEffect(() => {
    let live = true;
    if (!password) {
      setVerdict(null);
      return;
    }
    void loadChecker().then((m) => {
      if (live) setVerdict(m.checkPasswordStrength(password, context));
    });
    return () => {
      live = false;
    };
  }, [password, context.username, context.displayName]);
  if (!verdict) return null;
  return (
    <div data-testid="password-strength" style={{ marginTop: 4 }}>
      <Progress percent={(verdict.score + 1) * 20} steps={5} size={[64, 6]} showInfo={false} status={verdict.ok ? 'success' : 'exception'} />
      {verdict.ok && (
        <Typography.Text type="success" style={{ display: 'block', fontSize: 12 }}>
          {t('cp.strongEnough')}
        </Typography.Text>
      )}
    </div>
  );
}

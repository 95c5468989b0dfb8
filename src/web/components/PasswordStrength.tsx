import { useEffect, useState } from 'react';
import { Progress, Typography } from 'antd';
import type { PasswordContext, StrengthVerdict } from '../../shared/password-strength';
import { useI18n } from '../i18n';

// The estimator and its dictionaries are loaded only on the pages that set a password.
type Checker = typeof import('../../shared/password-strength');
let checker: Promise<Checker> | null = null;
const loadChecker = () => (checker ??= import('../../shared/password-strength'));

/** The server's verdict on a new password, computed in the page: the same rules and the same reason. */
export async function passwordProblem(password: string, ctx: PasswordContext, locale: 'zh-CN' | 'en-US'): Promise<string | null> {
  const m = await loadChecker();
  const v = m.checkPasswordStrength(password, ctx);
  return v.ok ? null : m.PASSWORD_WEAKNESS_LABELS[v.reason][locale];
}

/** A strength bar and, while the password would be refused, why. */
export function PasswordStrength({ password, context }: { password: string | undefined; context: PasswordContext }) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<{ verdict: StrengthVerdict; labels: Checker['PASSWORD_WEAKNESS_LABELS'] } | null>(null);
  useEffect(() => {
    let live = true;
    if (!password) { setState(null); return; }
    void loadChecker().then((m) => { if (live) setState({ verdict: m.checkPasswordStrength(password, context), labels: m.PASSWORD_WEAKNESS_LABELS }); });
    return () => { live = false; };
  }, [password, context.username, context.displayName]);
  if (!state) return null;
  const { verdict, labels } = state;
  return (
    <div data-testid="password-strength" style={{ marginTop: 4 }}>
      <Progress percent={(verdict.score + 1) * 20} steps={5} size="small" showInfo={false} status={verdict.ok ? 'success' : 'exception'} />
      <Typography.Text type={verdict.ok ? 'success' : 'danger'} style={{ display: 'block', fontSize: 12 }}>
        {verdict.ok ? t('cp.strongEnough') : labels[verdict.reason][locale]}
      </Typography.Text>
    </div>
  );
}

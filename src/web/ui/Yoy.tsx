import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useT } from './i18n';

/** Year-on-year change: +x% (green, up) / −x% (red, down); "none last year" when there is no base. */
export function Yoy({ now, prev, testid }: { now: number; prev: number; testid?: string }) {
  const t = useT();
  if (prev === 0)
    return (
      <span className="muted" data-testid={testid}>
        {now === 0 ? '—' : t('yoy.noBase')}
      </span>
    );
  const pct = ((now - prev) / prev) * 100;
  const text = `${Math.abs(pct) >= 100 ? Math.abs(pct).toFixed(0) : Math.abs(pct).toFixed(1)}%`;
  if (Math.abs(pct) < 0.05) return <span data-testid={testid}>0%</span>;
  return pct > 0 ? (
    <span className="yoy-up" data-testid={testid}>
      <ArrowUpOutlined /> +{text}
    </span>
  ) : (
    <span className="yoy-down" data-testid={testid}>
      <ArrowDownOutlined /> −{text}
    </span>
  );
}

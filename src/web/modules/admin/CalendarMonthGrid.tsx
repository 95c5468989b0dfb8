/** Twelve small month grids of a year: holidays red, make-up working days blue, weekends grey. */
import type { CalendarDayKind } from '@shared/contracts/calendar';
import { useI18n } from '@web/ui/i18n';

const pad = (n: number) => String(n).padStart(2, '0');
const COLORS: Record<CalendarDayKind | 'weekend', { background: string; color: string }> = {
  holiday: { background: '#ff4d4f', color: '#fff' },
  workday: { background: '#1677ff', color: '#fff' },
  weekend: { background: '#f0f0f0', color: '#8c8c8c' },
};

export function MonthGrid({ year, days }: { year: number; days: Map<string, CalendarDayKind> }) {
  const { t } = useI18n();
  const weekdays = t('cal.weekdays').split(',');
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }} data-testid="calendar-preview">
      {Array.from({ length: 12 }, (_, m) => {
        // Monday-first: the UTC weekday of the 1st, so the host's time zone cannot shift it.
        const first = (new Date(Date.UTC(year, m, 1)).getUTCDay() + 6) % 7;
        const length = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
        return (
          <div key={m} style={{ fontSize: 11 }}>
            <div style={{ fontWeight: 600, marginBottom: 2 }}>{t('cal.month', { m: m + 1 })}</div>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 1, textAlign: 'center' }}>
              {weekdays.map((w) => (
                <div key={w} style={{ color: '#8c8c8c' }}>
                  {w}
                </div>
              ))}
              {Array.from({ length: first }, (_, i) => (
                <div key={`b${i}`} />
              ))}
              {Array.from({ length }, (_, i) => {
                const date = `${year}-${pad(m + 1)}-${pad(i + 1)}`;
                const kind = days.get(date) ?? ((first + i) % 7 >= 5 ? 'weekend' : null);
                return (
                  <div
                    key={date}
                    data-testid={kind && kind !== 'weekend' ? `preview-${date}` : undefined}
                    data-kind={kind ?? undefined}
                    style={{ borderRadius: 2, lineHeight: '16px', ...(kind ? COLORS[kind] : {}) }}>
                    {i + 1}
                  </div>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}

import { Empty, Typography } from 'antd';
import type { AuditEvent } from '@web/ui/api/endpoints';
import { useT } from '@web/ui/i18n';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const show = (v: unknown): string => (v === undefined ? '' : v === null ? 'null' : typeof v === 'string' ? v : JSON.stringify(v));

/** Field-by-field before/after table: only fields that changed, removed values red, new values green. */
export function AuditDiff({ event }: { event: AuditEvent }) {
  const t = useT();
  const { before, after, detail } = event;
  let rows: { field: string; before: unknown; after: unknown }[] = [];
  if (isObj(before) || isObj(after)) {
    const b = isObj(before) ? before : {};
    const a = isObj(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    rows = keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => ({ field: k, before: b[k], after: a[k] }));
  } else if (before != null || after != null) {
    rows = [{ field: '—', before, after }];
  }
  return (
    <div data-testid="audit-diff">
      {rows.length ? (
        <table className="diff-table" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left', width: '20%' }}>{t('audit.field')}</th>
              <th style={{ textAlign: 'left', width: '40%' }}>{t('audit.before')}</th>
              <th style={{ textAlign: 'left', width: '40%' }}>{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field}>
                <td style={{ padding: '4px 8px' }}>
                  <strong>{r.field}</strong>
                </td>
                <td className={r.before !== undefined ? 'diff-before' : undefined} style={{ padding: '4px 8px' }}>
                  {show(r.before)}
                </td>
                <td className={r.after !== undefined ? 'diff-after' : undefined} style={{ padding: '4px 8px' }}>
                  {show(r.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noChanges')} />
      )}
      {detail != null && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('audit.detail')}</Typography.Text>
          <pre
            style={{
              margin: '4px 0 0',
              padding: 8,
              background: '#fafafa',
              border: '1px solid #f0f0f0',
              borderRadius: 4,
              fontSize: 12,
              maxHeight: 240,
              overflow: 'auto',
            }}>
            {JSON.stringify(detail, null, 2)}
          </pre>
        </div>
      )}
    </div>
  );
}

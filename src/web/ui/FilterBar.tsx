/**
 * Building blocks of the list pages' filter bars (residents, visits, events, friendship cities),
 * so every bar keeps the same card, search-box behaviour and reset button.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Button, Card, Checkbox, Col, DatePicker, Input, Row, Select, type SelectProps } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useT } from './i18n';

/** Full-width props for pickers inside a grid column. */
export const fullWidth = { style: { width: '100%' } } as const;

export function FilterCard({ testid, children }: { testid: string; children: ReactNode }) {
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid={testid}>
      <Row gutter={[12, 12]}>{children}</Row>
    </Card>
  );
}

/**
 * Free-text search applied on Enter. The box keeps its own draft so typing does not refetch,
 * follows the URL when it changes (back/forward, reset), and clearing it drops the filter at once.
 */
export function SearchFilter({ value, placeholder, onSearch }: { value?: string; placeholder: string; onSearch: (q: string | undefined) => void }) {
  const [q, setQ] = useState(value ?? '');
  useEffect(() => setQ(value ?? ''), [value]);
  return (
    <Input.Search
      allowClear
      value={q}
      placeholder={placeholder}
      data-testid="filter-q"
      onChange={(e) => {
        setQ(e.target.value);
        if (!e.target.value) onSearch(undefined);
      }}
      onSearch={(v) => onSearch(v.trim() || undefined)}
    />
  );
}

/** A clearable full-width select; `testid` goes on the select. */
export function SelectFilter<V extends string>(props: Omit<SelectProps<V>, 'style' | 'allowClear'> & { testid: string }) {
  const { testid, ...rest } = props;
  return <Select<V> {...fullWidth} allowClear {...rest} data-testid={testid} />;
}

/** Either end may stay open; values are YYYY-MM-DD strings as in the URL. */
export function DateRangeFilter({ from, to, onChange }: { from?: string; to?: string; onChange: (from?: string, to?: string) => void }) {
  return (
    <DatePicker.RangePicker
      {...fullWidth}
      allowEmpty={[true, true]}
      data-testid="filter-dates"
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      onChange={(v) => onChange(v?.[0]?.format('YYYY-MM-DD'), v?.[1]?.format('YYYY-MM-DD'))}
    />
  );
}

/** `iconOnly` for bars where the button shares its column with another input. */
export function ResetButton({ onClick, iconOnly }: { onClick: () => void; iconOnly?: boolean }) {
  const t = useT();
  return iconOnly ? (
    <Button icon={<ClearOutlined />} onClick={onClick} title={t('common.reset')} data-testid="filter-reset" />
  ) : (
    <Button icon={<ClearOutlined />} onClick={onClick} data-testid="filter-reset">
      {t('common.reset')}
    </Button>
  );
}

/**
 * A "true"-or-absent URL flag shown as a checkbox, sharing the bar's last column with the reset
 * button (the layout the visit and friendship-city bars use).
 */
export function FlagAndReset({
  checked,
  onChange,
  testid,
  label,
  reset,
  xl,
}: {
  checked: boolean;
  onChange: (v: 'true' | undefined) => void;
  testid: string;
  label: ReactNode;
  reset: () => void;
  xl: number;
}) {
  return (
    <Col xs={24} md={12} xl={xl} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
      <Checkbox checked={checked} onChange={(e) => onChange(e.target.checked ? 'true' : undefined)} data-testid={testid}>
        {label}
      </Checkbox>
      <ResetButton onClick={reset} />
    </Col>
  );
}

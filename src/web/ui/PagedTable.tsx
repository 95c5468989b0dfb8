/**
 * The server-paged table every list page uses: the error page instead of an empty table when the
 * first load fails, the page/size/total footer, clickable rows and (optionally) server-side sorting.
 */
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Empty, Table, type TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useT } from './i18n';
import { ErrorResult } from './ResultPages';

interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

interface Props<T> extends Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'onChange' | 'onRow' | 'locale'> {
  /** The list query (useQuery result). */
  result: { data?: Paged<T>; isFetching: boolean; error: unknown; refetch: () => unknown };
  /** Page and size asked for, shown until the server answers. */
  page?: number;
  pageSize?: number;
  onPage: (page: number, pageSize: number) => void;
  /** Server-side sort: called with the clicked column's key and direction (undefined when cleared). */
  onSort?: (columnKey: string, order: 'asc' | 'desc' | undefined) => void;
  /** Rows open this address when clicked; `rowTestid` names the row for the browser tests. */
  rowHref?: (row: T) => string;
  rowTestid?: (row: T) => string;
  empty?: ReactNode;
  /** data-testid around the "N in total" text, for pages whose tests read it. */
  totalTestid?: string;
  pageSizeOptions?: number[];
}

export function PagedTable<T extends object>({
  result,
  page,
  pageSize,
  onPage,
  onSort,
  rowHref,
  rowTestid,
  empty,
  totalTestid,
  pageSizeOptions = [20, 50, 100, 200],
  ...table
}: Props<T>) {
  const t = useT();
  const nav = useNavigate();
  const { data, isFetching, error, refetch } = result;
  if (error && !data) return <ErrorResult error={error} onRetry={() => refetch()} />;
  const onChange: TableProps<T>['onChange'] = (p, _f, sorter, extra) => {
    if (extra.action === 'sort' && onSort) {
      const s: SorterResult<T> | undefined = Array.isArray(sorter) ? sorter[0] : sorter;
      onSort(String(s?.columnKey), s?.order ? (s.order === 'ascend' ? 'asc' : 'desc') : undefined);
    } else if (extra.action === 'paginate') onPage(p.current ?? 1, p.pageSize ?? pageSize ?? 20);
  };
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      {...table}
      loading={isFetching}
      dataSource={data?.items ?? []}
      onChange={onChange}
      onRow={
        rowHref &&
        ((r) => ({ onClick: () => nav(rowHref(r)), style: { cursor: 'pointer' }, 'data-testid': rowTestid?.(r) }) as React.HTMLAttributes<HTMLElement>)
      }
      locale={empty ? { emptyText: <Empty description={empty} /> } : undefined}
      pagination={{
        current: data?.page ?? page,
        pageSize: data?.pageSize ?? pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions,
        showTotal: (n) => (totalTestid ? <span data-testid={totalTestid}>{t('common.total', { n })}</span> : t('common.total', { n })),
      }}
    />
  );
}

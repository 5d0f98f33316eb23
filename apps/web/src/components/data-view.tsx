import { Card, Empty, Flex, Pagination, Skeleton, Table, type TableColumnsType, type TableProps } from 'antd';
import type { Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from './use-is-phone.ts';

export interface PageState {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

interface DataViewProps<T> {
  rows: readonly T[] | undefined;
  rowKey: (row: T) => Key;
  columns: TableColumnsType<T>;
  /** The same record as a card, for phone width (UX.md: tables turn into cards). */
  renderCard: (row: T) => ReactNode;
  loading: boolean;
  pagination: PageState;
  /** What to do when nothing matches. */
  emptyText: string;
  ariaLabel: string;
  /** Table width below which it scrolls sideways (default: as wide as its content). */
  scrollX?: number;
  /** Checkboxes for bulk actions (wide screens only). */
  rowSelection?: TableProps<T>['rowSelection'];
}

/** A server-paginated list: a table on wide screens, cards on a phone. */
export function DataView<T extends object>({ rows, rowKey, columns, renderCard, loading, pagination, emptyText, ariaLabel, scrollX, rowSelection }: DataViewProps<T>) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const showTotal = (total: number) => t('common.total', { total });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;

  if (isPhone) {
    return (
      <section aria-label={ariaLabel} aria-busy={loading}>
        {loading && !rows ? (
          <Card>
            <Skeleton active />
          </Card>
        ) : rows && rows.length > 0 ? (
          <Flex vertical gap={12}>
            {rows.map((row) => (
              <div key={rowKey(row)}>{renderCard(row)}</div>
            ))}
          </Flex>
        ) : (
          empty
        )}
        {pagination.total > 0 ? (
          <Pagination
            className="phone-pagination"
            simple
            current={pagination.page}
            pageSize={pagination.pageSize}
            total={pagination.total}
            showTotal={showTotal}
            onChange={pagination.onChange}
          />
        ) : null}
      </section>
    );
  }

  return (
    <Table<T>
      aria-label={ariaLabel}
      rowKey={rowKey}
      columns={columns}
      rowSelection={rowSelection}
      dataSource={rows as T[] | undefined}
      loading={loading}
      size="middle"
      scroll={{ x: scrollX ?? 'max-content' }}
      locale={{ emptyText: loading ? ' ' : empty }}
      pagination={{
        current: pagination.page,
        pageSize: pagination.pageSize,
        total: pagination.total,
        showTotal,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        onChange: pagination.onChange,
      }}
    />
  );
}

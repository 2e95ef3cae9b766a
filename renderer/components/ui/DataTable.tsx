// A table whose figures are never cut: numeric columns are right-aligned and never wrap, codes such
// as LPS-PALU never split, text wraps between words. The table takes the whole width it is given
// and scrolls sideways, as a whole, only when its columns truly do not fit.
import type { HTMLAttributes, KeyboardEvent, MouseEvent, ReactNode } from 'react';
import './ui.css';

export type ColumnKind = 'text' | 'num' | 'code' | 'action';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** num: right-aligned, tabular, one line; code: one line, monospace; action: buttons, one line. */
  kind?: ColumnKind;
  /** Extra attributes of the cell, e.g. a data-testid or a class for a warning. */
  cellProps?: (row: Row) => HTMLAttributes<HTMLTableCellElement> & Record<`data-${string}`, unknown>;
  /** The header's accessible name when it shows none (an actions column). */
  headerLabel?: string;
}

export interface DataTableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  testId?: string;
  /** Attributes of each row: data-testid, data-sku, a warning class. */
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, unknown>;
  /** Rows open something: they get focus, a pointer, Enter and Space. */
  onRowClick?: (row: Row) => void;
  foot?: ReactNode;
  /** Shown under the head when there are no rows. */
  empty?: ReactNode;
  /** Fills the height of its flex parent and scrolls the rows under a sticky head. */
  fill?: boolean;
  caption?: string;
  className?: string;
}

const INTERACTIVE = 'button, a, input, select, textarea, label';

export function cellClass(kind: ColumnKind | undefined): string | undefined {
  return kind && kind !== 'text' ? `ui-${kind}` : undefined;
}

export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  testId,
  rowProps,
  onRowClick,
  foot,
  empty,
  fill,
  caption,
  className,
}: DataTableProps<Row>) {
  return (
    <div className={fill ? 'ui-table-wrap ui-table-fill' : 'ui-table-wrap'}>
      <table className={className ? `ui-table ${className}` : 'ui-table'} data-testid={testId}>
        {caption && <caption className="ui-sr">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={cellClass(column.kind)}
                aria-label={column.headerLabel}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const extra = rowProps?.(row) ?? {};
            const open = onRowClick
              ? {
                  tabIndex: 0,
                  onClick: (event: MouseEvent<HTMLTableRowElement>) => {
                    // A button or field in the row does its own thing, not also the row's.
                    const inner = (event.target as Element).closest(INTERACTIVE);
                    if (inner && inner !== event.currentTarget) return;
                    onRowClick(row);
                  },
                  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => {
                    // The row itself, not a button or field inside it (those act on their own).
                    if (event.target !== event.currentTarget) return;
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      onRowClick(row);
                    }
                  },
                }
              : {};
            return (
              <tr key={rowKey(row)} {...open} {...extra}>
                {columns.map((column) => {
                  const props = column.cellProps?.(row) ?? {};
                  const classes = [cellClass(column.kind), props.className].filter(Boolean).join(' ');
                  return (
                    <td key={column.key} {...props} className={classes || undefined}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {rows.length === 0 && empty && (
            <tr className="ui-empty">
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          )}
        </tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}

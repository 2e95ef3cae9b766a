// The audit log for managers: sensitive actions (wrong PINs, approvals, voids, refunds, shifts, cash
// in and out, day closes) by day range and action, newest first.
import { Fragment, type ReactNode, useCallback, useEffect, useState } from 'react';
import { AUDIT_ACTIONS, type AuditEntry } from '../../../shared/contract';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';

const LIMIT = 500;

/**
 * `{ net: 85000, businessDay: '2026-11-28' }` → `net: 85000 · businessDay: 2026-11-28`, each pair kept
 * together on a line where it fits (a date is not split at its hyphen).
 */
function detailText(detail: Record<string, unknown>): ReactNode {
  return Object.entries(detail).map(([key, value], i) => (
    <Fragment key={key}>
      {i > 0 && ' · '}
      <span className="reports-detail-pair">
        {key}: {typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}
      </span>
    </Fragment>
  ));
}

export function AuditTab({ from, to, timeZone }: { from: string; to: string; timeZone: string }) {
  const t = useT();
  const [filter, setFilter] = useState({ from, to, action: '' });
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (next: { from: string; to: string; action: string }) => {
    try {
      setEntries(
        await call('audit.list', {
          ...(next.from ? { from: next.from } : {}),
          ...(next.to ? { to: next.to } : {}),
          ...(next.action ? { action: next.action } : {}),
          limit: LIMIT,
        }),
      );
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);

  useEffect(() => {
    void load({ from, to, action: '' });
  }, [load, from, to]);

  const change = (patch: Partial<typeof filter>) => {
    const next = { ...filter, ...patch };
    setFilter(next);
    void load(next);
  };
  const actionLabel = (action: string) =>
    (AUDIT_ACTIONS as readonly string[]).includes(action)
      ? t(`audit.action.${action}` as MessageKey)
      : action;

  const columns: Column<AuditEntry>[] = [
    {
      key: 'at',
      header: t('audit.col.at'),
      cellProps: () => ({ className: 'ui-nowrap' }),
      cell: (entry) => formatZonedDateTime(new Date(entry.at), timeZone),
    },
    { key: 'action', header: t('audit.col.action'), cell: (entry) => actionLabel(entry.action) },
    { key: 'user', header: t('audit.col.user'), cell: (entry) => entry.userName ?? '-' },
    { key: 'approvedBy', header: t('audit.col.approvedBy'), cell: (entry) => entry.approvedBy ?? '' },
    // Receipt numbers, Z numbers, device codes and backup files: never split.
    { key: 'subject', header: t('audit.col.subject'), kind: 'code', cell: (entry) => entry.subject ?? '' },
    {
      key: 'detail',
      header: t('audit.col.detail'),
      cellProps: () => ({ className: 'reports-detail' }),
      cell: (entry) => detailText(entry.detail),
    },
  ];

  return (
    <div className="reports-tab">
      <div className="reports-toolbar">
        <FormRow label={t('audit.from')}>
          <input
            type="date"
            data-testid="audit-from"
            value={filter.from}
            onChange={(e) => change({ from: e.target.value })}
          />
        </FormRow>
        <FormRow label={t('audit.to')}>
          <input
            type="date"
            data-testid="audit-to"
            value={filter.to}
            onChange={(e) => change({ to: e.target.value })}
          />
        </FormRow>
        <FormRow label={t('audit.action')}>
          <select
            data-testid="audit-action"
            value={filter.action}
            onChange={(e) => change({ action: e.target.value })}
          >
            <option value="">{t('audit.all')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {actionLabel(action)}
              </option>
            ))}
          </select>
        </FormRow>
      </div>
      {error && (
        <Banner tone="error" testId="audit-error">
          {error}
        </Banner>
      )}
      {entries && entries.length === 0 && <p className="muted">{t('audit.empty')}</p>}
      {entries && entries.length > 0 && (
        <>
          <p className="muted" data-testid="audit-count">
            {t('audit.count', { count: entries.length })}
          </p>
          <DataTable
            testId="audit-list"
            columns={columns}
            rows={entries}
            rowKey={(entry) => entry.id}
            rowProps={(entry) => ({ 'data-testid': 'audit-row', 'data-action': entry.action })}
          />
        </>
      )}
    </div>
  );
}

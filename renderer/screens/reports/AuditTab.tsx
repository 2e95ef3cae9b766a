// The audit log for managers: sensitive actions (wrong PINs, approvals, voids, refunds, shifts, cash
// in and out, day closes) by day range and action, newest first.
import { useCallback, useEffect, useState } from 'react';
import { AUDIT_ACTIONS, type AuditEntry } from '../../../shared/contract';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { type MessageKey, useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';

const LIMIT = 500;

/** `{ net: 85000, businessDay: '2026-11-28' }` → `net: 85000 · businessDay: 2026-11-28`. */
function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`,
    )
    .join(' · ');
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

  return (
    <div className="reports-tab">
      <div className="reports-toolbar">
        <label className="cat-field">
          {t('audit.from')}
          <input
            type="date"
            data-testid="audit-from"
            value={filter.from}
            onChange={(e) => change({ from: e.target.value })}
          />
        </label>
        <label className="cat-field">
          {t('audit.to')}
          <input
            type="date"
            data-testid="audit-to"
            value={filter.to}
            onChange={(e) => change({ to: e.target.value })}
          />
        </label>
        <label className="cat-field">
          {t('audit.action')}
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
        </label>
      </div>
      {error && (
        <p className="error" role="alert" data-testid="audit-error">
          {error}
        </p>
      )}
      {entries && entries.length === 0 && <p className="muted">{t('audit.empty')}</p>}
      {entries && entries.length > 0 && (
        <>
          <p className="muted" data-testid="audit-count">
            {t('audit.count', { count: entries.length })}
          </p>
          <div className="reports-table-wrap">
            <table className="cat-table" data-testid="audit-list">
              <thead>
                <tr>
                  <th>{t('audit.col.at')}</th>
                  <th>{t('audit.col.action')}</th>
                  <th>{t('audit.col.user')}</th>
                  <th>{t('audit.col.approvedBy')}</th>
                  <th>{t('audit.col.subject')}</th>
                  <th>{t('audit.col.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                    <td className="cat-mono">{formatZonedDateTime(new Date(entry.at), timeZone)}</td>
                    <td>{actionLabel(entry.action)}</td>
                    <td>{entry.userName ?? '-'}</td>
                    <td>{entry.approvedBy ?? ''}</td>
                    <td className="cat-mono">{entry.subject ?? ''}</td>
                    <td className="reports-detail">{detailText(entry.detail)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

// Settings: everyone reads them, an admin changes them. Each change is an audit row with the value
// before and after; the admin sees that history under the form.
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Banner, type Column, DataTable, FormRow } from '../../../renderer/components/ui';
import type { AuditEntry, OfficeSettingKey, OfficeSettings } from '../../../shared/office/contract';
import { ApiError, call, errorText } from '../api';
import { type OfficeKey, useLang, useT } from '../i18n';
import { useSession } from '../session';
import { formatInstant } from './formatInstant';

interface Draft {
  officeName: string;
  lateDeviceDays: string;
  sessionIdleHours: string;
}

const LABELS: Record<OfficeSettingKey, OfficeKey> = {
  officeName: 'settings.officeName',
  lateDeviceDays: 'settings.lateDeviceDays',
  sessionIdleHours: 'settings.sessionIdleHours',
};

function draftOf(settings: OfficeSettings): Draft {
  return {
    officeName: settings.officeName,
    lateDeviceDays: String(settings.lateDeviceDays),
    sessionIdleHours: String(settings.sessionIdleHours),
  };
}

export function SettingsScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const phase = useSession((s) => s.phase);
  const admin = phase.kind === 'in' && phase.user.role === 'admin';
  const setOfficeName = useSession((s) => s.setOfficeName);
  const [saved, setSaved] = useState<OfficeSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [history, setHistory] = useState<AuditEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ field: string | null; text: string } | null>(null);

  const load = useCallback(async () => {
    try {
      const settings = await call('settings.get', {});
      setSaved(settings);
      setDraft(draftOf(settings));
      if (admin) {
        const rows = await call('audit.list', { limit: 200 });
        setHistory(rows.filter((row) => row.action === 'settings.change'));
      }
    } catch (err) {
      setProblem({ field: null, text: errorText(err) });
    }
  }, [admin]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!saved || !draft) {
    return problem ? <Banner tone="error">{problem.text}</Banner> : null;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    const changes: Partial<Record<OfficeSettingKey, unknown>> = {};
    if (draft.officeName.trim() !== saved.officeName) changes.officeName = draft.officeName;
    for (const key of ['lateDeviceDays', 'sessionIdleHours'] as const) {
      const text = draft[key].trim();
      if (text === String(saved[key])) continue;
      // A number as typed; the server says what is allowed (its message names the range).
      changes[key] = /^-?\d+$/.test(text)
        ? Number(text)
        : text === ''
          ? null
          : Number(text.replace(',', '.'));
    }
    if (Object.keys(changes).length === 0) return setNotice(t('settings.unchanged'));
    setBusy(true);
    try {
      const next = await call('settings.update', changes as Partial<OfficeSettings>);
      setSaved(next);
      setDraft(draftOf(next));
      setOfficeName(next.officeName);
      setNotice(t('settings.saved'));
      void load();
    } catch (err) {
      const field = err instanceof ApiError ? err.path?.[0] : undefined;
      setProblem({ field: typeof field === 'string' ? field : null, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };
  const errorOf = (field: string) => (problem?.field === field ? problem.text : null);
  const shown = (value: unknown) => (value === '' ? t('settings.emptyValue') : String(value));

  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('settings.col.at'), kind: 'num', cell: (row) => formatInstant(row.at, lang) },
    { key: 'by', header: t('settings.col.by'), cell: (row) => row.userName ?? '—' },
    {
      key: 'setting',
      header: t('settings.col.setting'),
      cell: (row) =>
        row.target && row.target in LABELS ? t(LABELS[row.target as OfficeSettingKey]) : row.target,
    },
    { key: 'before', header: t('settings.col.before'), cell: (row) => shown(row.detail.before) },
    {
      key: 'after',
      header: t('settings.col.after'),
      cellProps: () => ({ 'data-testid': 'settings-history-after' }),
      cell: (row) => shown(row.detail.after),
    },
  ];

  const field = (key: OfficeSettingKey, help: OfficeKey, inputMode?: 'numeric') => (
    <FormRow label={t(LABELS[key])} error={errorOf(key)} help={t(help)}>
      <input
        data-testid={`setting-${key}`}
        inputMode={inputMode}
        value={draft[key]}
        readOnly={!admin}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </FormRow>
  );

  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <h2 id="office-page-title" className="office-page-title">
        {t('settings.title')}
      </h2>
      {!admin && <Banner tone="info">{t('settings.readOnly')}</Banner>}
      {notice && (
        <Banner tone="success" testId="settings-notice">
          {notice}
        </Banner>
      )}
      {problem && problem.field === null && (
        <Banner tone="error" testId="settings-error">
          {problem.text}
        </Banner>
      )}
      <form className="office-form office-settings" onSubmit={(e) => void submit(e)} noValidate>
        {field('officeName', 'settings.officeNameHelp')}
        {field('lateDeviceDays', 'settings.lateDeviceDaysHelp', 'numeric')}
        {field('sessionIdleHours', 'settings.sessionIdleHoursHelp', 'numeric')}
        {admin && (
          <div className="office-form-actions">
            <button type="submit" className="btn btn-primary" data-testid="settings-save" disabled={busy}>
              {t('settings.save')}
            </button>
          </div>
        )}
      </form>
      {admin && (
        <>
          <h3 className="office-subtitle">{t('settings.history')}</h3>
          <DataTable
            columns={columns}
            rows={history}
            rowKey={(row) => row.id}
            testId="settings-history"
            empty={t('settings.noHistory')}
            caption={t('settings.history')}
          />
        </>
      )}
    </section>
  );
}

// Receive batches: finance or an admin names a folder on the office computer (a USB stick's copy),
// and every batch folder in it is verified and stored, each with the receiver's answer.
import { type FormEvent, useState } from 'react';
import { Banner, type Column, DataTable, FormRow } from '../../../renderer/components/ui';
import type { ImportedBatch, ImportResult } from '../../../shared/office/contract';
import { call, errorText } from '../api';
import { useT } from '../i18n';
import { useSession } from '../session';
import './statements.css';

export function ReceiveScreen() {
  const t = useT();
  const phase = useSession((s) => s.phase);
  const canReceive = phase.kind === 'in' && (phase.user.role === 'finance' || phase.user.role === 'admin');
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setResult(null);
    setBusy(true);
    try {
      setResult(await call('office.importFolder', { path }));
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const columns: Column<ImportedBatch>[] = [
    { key: 'folder', header: t('receive.col.folder'), kind: 'code', cell: (b) => b.folder },
    { key: 'device', header: t('receive.col.device'), kind: 'code', cell: (b) => b.device ?? '—' },
    {
      key: 'seq',
      header: t('receive.col.seq'),
      kind: 'num',
      cell: (b) => (b.seq === null ? '—' : `#${b.seq}`),
    },
    {
      key: 'outcome',
      header: t('receive.col.outcome'),
      cell: (b) => t(`receive.${b.outcome}`),
      cellProps: (b) => ({ 'data-testid': 'receive-outcome', 'data-outcome': b.outcome }),
    },
    {
      key: 'why',
      header: t('receive.col.why'),
      cell: (b) => [b.reason, ...b.problems, ...b.notes].filter(Boolean).join(' · ') || '—',
    },
  ];

  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <h2 id="office-page-title" className="office-page-title">
        {t('receive.title')}
      </h2>
      <p className="statement-intro">{t('receive.intro')}</p>
      {!canReceive && <Banner tone="info">{t('receive.viewerNote')}</Banner>}
      {canReceive && (
        <form className="statement-form" onSubmit={(e) => void submit(e)} noValidate>
          <FormRow label={t('receive.path')} help={t('receive.pathHelp')}>
            <input
              data-testid="receive-path"
              className="receive-path"
              value={path}
              onChange={(e) => setPath(e.target.value)}
            />
          </FormRow>
          <div className="statement-form-actions">
            <button type="submit" className="btn btn-primary" data-testid="receive-submit" disabled={busy}>
              {busy ? t('receive.busy') : t('receive.submit')}
            </button>
          </div>
        </form>
      )}
      {problem && (
        <Banner tone="error" testId="receive-error">
          {problem}
        </Banner>
      )}
      {result && (
        <>
          <Banner tone={result.refused > 0 ? 'warn' : 'success'} testId="receive-summary">
            {t('receive.summary', {
              stored: result.stored,
              duplicates: result.duplicates,
              refused: result.refused,
            })}
          </Banner>
          <DataTable
            columns={columns}
            rows={result.batches}
            rowKey={(b) => b.folder}
            testId="receive-batches"
          />
        </>
      )}
    </section>
  );
}

// Upload tokens (admins only): one per till that sends its batches to this office, named for the
// till. A new token is shown once, with the address the till's Unggah batch settings need; only its
// SHA-256 is kept. Revoking one refuses that till's uploads from then on (each step audited).
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Banner, type Column, DataTable, Dialog, FormRow } from '../../../renderer/components/ui';
import type { UploadTokenInfo } from '../../../shared/office/contract';
import { ApiError, call, errorText } from '../api';
import { useLang, useT } from '../i18n';
import { formatInstant } from './formatInstant';
import './statements.css';

/** Where the tills send batches: this office's address, as the browser reached it. */
function uploadAddress(): string {
  return `${window.location.origin}/batches`;
}

/** 127.0.0.1 and localhost reach only the office computer itself, never a till. */
function onlyThisComputer(): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(window.location.hostname);
}

export function TokensScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [tokens, setTokens] = useState<UploadTokenInfo[] | null>(null);
  const [label, setLabel] = useState('');
  const [made, setMade] = useState<(UploadTokenInfo & { token: string }) | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ field: string | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<UploadTokenInfo | null>(null);

  // Only the newest load's answer is shown: the load on opening the page can answer after the one
  // that follows a create, and must not put back the list without the new token.
  const loads = useRef(0);
  const load = useCallback(async () => {
    const mine = ++loads.current;
    try {
      const list = await call('uploads.tokens', {});
      if (mine === loads.current) setTokens(list);
    } catch (err) {
      if (mine === loads.current) setProblem({ field: null, text: errorText(err) });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setNotice(null);
    setMade(null);
    try {
      setMade(await call('uploads.createToken', { label }));
      setLabel('');
      await load();
    } catch (err) {
      const field = err instanceof ApiError && err.code === 'INVALID_INPUT' ? err.path?.[0] : undefined;
      setProblem({ field: typeof field === 'string' ? field : null, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: UploadTokenInfo) => {
    setBusy(true);
    setProblem(null);
    try {
      await call('uploads.revokeToken', { id: token.id });
      setRevoking(null);
      if (made?.id === token.id) setMade(null);
      setNotice(t('tokens.revoked', { label: token.label }));
      await load();
    } catch (err) {
      setRevoking(null);
      setProblem({ field: null, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const columns: Column<UploadTokenInfo>[] = [
    { key: 'label', header: t('tokens.col.label'), cell: (row) => row.label },
    {
      key: 'created',
      header: t('tokens.col.created'),
      cell: (row) => `${formatInstant(row.createdAt, lang)}${row.createdBy ? ` · ${row.createdBy}` : ''}`,
    },
    {
      key: 'status',
      header: t('tokens.col.status'),
      cellProps: () => ({ 'data-testid': 'token-status' }),
      cell: (row) =>
        row.revokedAt ? (
          <span className="office-chip office-chip-off">
            {t('tokens.revokedAt', { at: formatInstant(row.revokedAt, lang) })}
          </span>
        ) : (
          <span className="office-chip office-chip-on">{t('tokens.active')}</span>
        ),
    },
    {
      key: 'actions',
      header: t('tokens.col.actions'),
      kind: 'action',
      cell: (row) =>
        row.revokedAt ? null : (
          <button
            type="button"
            className="btn btn-small btn-danger"
            data-testid="token-revoke"
            onClick={() => setRevoking(row)}
          >
            {t('tokens.revoke')}
          </button>
        ),
    },
  ];

  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <h2 id="office-page-title" className="office-page-title">
        {t('tokens.title')}
      </h2>
      <p className="statement-intro">{t('tokens.intro')}</p>
      <form className="statement-form" onSubmit={(e) => void create(e)} noValidate>
        <FormRow
          label={t('tokens.label')}
          help={t('tokens.labelHelp')}
          error={problem?.field === 'label' ? problem.text : null}
          required
        >
          <input
            data-testid="token-label"
            autoComplete="off"
            maxLength={80}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
        </FormRow>
        <div className="statement-form-actions">
          <button type="submit" className="btn btn-primary" data-testid="token-create" disabled={busy}>
            {t('tokens.create')}
          </button>
        </div>
      </form>
      {made && (
        <div className="token-made" data-testid="token-made" role="status">
          <p className="token-made-title">{t('tokens.madeTitle', { label: made.label })}</p>
          <dl className="token-made-fields">
            <dt>{t('tokens.address')}</dt>
            <dd>
              <code data-testid="token-address">{uploadAddress()}</code>
            </dd>
            <dt>{t('tokens.token')}</dt>
            <dd>
              <code data-testid="token-value">{made.token}</code>
            </dd>
          </dl>
          <p className="token-made-note">{t('tokens.onceNote')}</p>
          {onlyThisComputer() && <Banner tone="warn">{t('tokens.localAddress')}</Banner>}
        </div>
      )}
      {notice && (
        <Banner tone="success" testId="tokens-notice">
          {notice}
        </Banner>
      )}
      {problem && problem.field === null && (
        <Banner tone="error" testId="tokens-error">
          {problem.text}
        </Banner>
      )}
      {tokens && tokens.length === 0 && <p className="muted">{t('tokens.none')}</p>}
      {tokens && tokens.length > 0 && (
        <DataTable
          columns={columns}
          rows={tokens}
          rowKey={(row) => row.id}
          rowProps={(row) => ({ 'data-testid': 'token-row', 'data-label': row.label })}
          testId="tokens-table"
          caption={t('tokens.title')}
        />
      )}
      {revoking && (
        <Dialog
          title={t('tokens.revokeTitle', { label: revoking.label })}
          onClose={() => setRevoking(null)}
          canClose={!busy}
          testId="token-revoke-dialog"
          footer={
            <>
              <button type="button" className="btn" onClick={() => setRevoking(null)} disabled={busy}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-primary office-btn-danger"
                data-testid="token-revoke-confirm"
                disabled={busy}
                onClick={() => void revoke(revoking)}
              >
                {t('tokens.revoke')}
              </button>
            </>
          }
        >
          <p>{t('tokens.revokeText')}</p>
        </Dialog>
      )}
    </section>
  );
}

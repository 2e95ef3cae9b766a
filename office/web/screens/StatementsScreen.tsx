// Statements: finance picks a unit and a period, checks the figures and every line, issues the
// statement (numbered, PDF and XLSX with their SHA-256) and downloads the files exactly as issued.
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Banner, type Column, DataTable, FormRow } from '../../../renderer/components/ui';
import { formatNumber, formatRupiah } from '../../../shared/money';
import type { OfficeOutput, StatementPreview, StatementRecordOut } from '../../../shared/office/contract';
import { STATEMENT_PAGE_LINES } from '../../../shared/office/statementLimits';
import { call, errorText } from '../api';
import { useLang, useT } from '../i18n';
import { useSession } from '../session';
import { formatInstant } from './formatInstant';
import './statements.css';

type Line = StatementPreview['lines'][number];
type Group = StatementPreview['groups'][number];
type DeviceRow = StatementPreview['devices'][number];
type Unit = OfficeOutput<'statements.units'>[number];

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The first and last day of the month `offset` months from the one `today` is in. */
function monthOf(today: Date, offset: number): { from: string; to: string } {
  const first = new Date(today.getFullYear(), today.getMonth() + offset, 1);
  const last = new Date(today.getFullYear(), today.getMonth() + offset + 1, 0);
  return { from: dayOf(first), to: dayOf(last) };
}

const percent = (bp: number, lang: string) =>
  `${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(bp / 100)}%`;

function download(file: OfficeOutput<'statements.file'>): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const sameTotals = (a: StatementRecordOut['totals'], b: StatementRecordOut['totals']) =>
  a.gross === b.gross &&
  a.refunds === b.refunds &&
  a.saleLines === b.saleLines &&
  a.refundLines === b.refundLines;

export function StatementsScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const phase = useSession((s) => s.phase);
  const canIssue = phase.kind === 'in' && (phase.user.role === 'finance' || phase.user.role === 'admin');
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [form, setForm] = useState(() => ({ unit: '', ...monthOf(new Date(), -1) }));
  const [preview, setPreview] = useState<StatementPreview | null>(null);
  const [history, setHistory] = useState<StatementRecordOut[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  // What the last issue gave, worded when shown, so it follows a change of language.
  const [notice, setNotice] = useState<{ statement: StatementRecordOut; created: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const loadHistory = useCallback(async (unit: string) => {
    setHistory(await call('statements.list', unit ? { unit } : {}));
  }, []);

  useEffect(() => {
    void (async () => {
      try {
        const list = await call('statements.units', {});
        setUnits(list);
        const first = list[0]?.code ?? '';
        setForm((f) => ({ ...f, unit: f.unit || first }));
        await loadHistory(first);
      } catch (err) {
        setProblem(errorText(err));
      }
    })();
  }, [loadHistory]);

  const show = async (offset = 0) => {
    setProblem(null);
    setBusy(true);
    try {
      setPreview(await call('statements.preview', { ...form, offset }));
      await loadHistory(form.unit);
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    void show(0);
  };

  const issue = async () => {
    setProblem(null);
    setNotice(null);
    setBusy(true);
    try {
      setNotice(await call('statements.issue', form));
      setPreview(await call('statements.preview', { ...form, offset: preview?.offset ?? 0 }));
      await loadHistory(form.unit);
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const fetchFile = async (number: string, format: 'pdf' | 'xlsx') => {
    try {
      download(await call('statements.file', { number, format }));
    } catch (err) {
      setProblem(errorText(err));
    }
  };

  const groupColumns: Column<Group>[] = [
    {
      key: 'rate',
      header: t('statements.rate'),
      cell: (g) =>
        t('statements.rateText', {
          pnbp: percent(g.rates.pnbpBp, lang),
          premi: percent(g.rates.premiBp, lang),
          capital: percent(g.rates.capitalBp, lang),
        }),
    },
    { key: 'net', header: t('statements.net'), kind: 'num', cell: (g) => formatNumber(g.net) },
    { key: 'pnbp', header: t('statements.pnbp'), kind: 'num', cell: (g) => formatNumber(g.pnbp) },
    { key: 'premi', header: t('statements.premi'), kind: 'num', cell: (g) => formatNumber(g.premi) },
    { key: 'capital', header: t('statements.capital'), kind: 'num', cell: (g) => formatNumber(g.capital) },
  ];
  const deviceColumns: Column<DeviceRow>[] = [
    { key: 'device', header: t('statements.device'), kind: 'code', cell: (d) => d.device },
    { key: 'days', header: t('statements.days'), kind: 'num', cell: (d) => String(d.days) },
    { key: 'gross', header: t('statements.gross'), kind: 'num', cell: (d) => formatNumber(d.gross) },
    {
      key: 'refunds',
      header: t('statements.refunds'),
      kind: 'num',
      cell: (d) => formatNumber(-d.refunds || 0),
    },
    {
      key: 'net',
      header: t('statements.net'),
      kind: 'num',
      cell: (d) => formatNumber(d.net),
      cellProps: (d) => ({ 'data-testid': 'statement-device-net', 'data-device': d.device }),
    },
  ];
  const lineColumns: Column<Line>[] = [
    { key: 'day', header: t('statements.col.day'), kind: 'code', cell: (l) => l.businessDay },
    {
      key: 'no',
      header: t('statements.col.number'),
      kind: 'code',
      cell: (l) => `${l.documentNo} #${l.lineNo}`,
    },
    { key: 'sku', header: t('statements.col.sku'), kind: 'code', cell: (l) => l.sku },
    {
      key: 'name',
      header: t('statements.col.name'),
      cell: (l) =>
        l.kind === 'refund'
          ? t('statements.refundOf', { name: l.name, receipt: l.saleReceiptNo ?? '?' })
          : l.name,
    },
    {
      key: 'qty',
      header: t('statements.col.qty'),
      kind: 'num',
      cell: (l) =>
        `${l.kind === 'refund' ? '-' : ''}${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 3 }).format(l.qtyMilli / 1000)} ${l.unit}`,
    },
    { key: 'amount', header: t('statements.col.amount'), kind: 'num', cell: (l) => formatNumber(l.amount) },
  ];
  const historyColumns: Column<StatementRecordOut>[] = [
    { key: 'number', header: t('statements.col.issuedNumber'), kind: 'code', cell: (s) => s.number },
    { key: 'period', header: t('statements.col.period'), kind: 'code', cell: (s) => `${s.from} – ${s.to}` },
    { key: 'net', header: t('statements.net'), kind: 'num', cell: (s) => formatNumber(s.totals.net) },
    { key: 'at', header: t('statements.col.issuedAt'), cell: (s) => formatInstant(s.issuedAt, lang) },
    { key: 'by', header: t('statements.col.issuedBy'), cell: (s) => s.issuedBy },
    {
      key: 'files',
      header: t('statements.col.files'),
      kind: 'action',
      cell: (s) => (
        <span className="statement-file-buttons">
          <button type="button" className="btn" onClick={() => void fetchFile(s.number, 'pdf')}>
            PDF
          </button>
          <button type="button" className="btn" onClick={() => void fetchFile(s.number, 'xlsx')}>
            XLSX
          </button>
        </span>
      ),
    },
  ];

  const issued = preview?.issued ?? null;
  const changed = preview && issued ? !sameTotals(issued.totals, preview.totals) : false;
  const total = preview ? preview.totals.saleLines + preview.totals.refundLines : 0;
  const summary: [string, number, string][] = preview
    ? [
        [t('statements.gross'), preview.totals.gross, 'gross'],
        [t('statements.refunds'), -preview.totals.refunds || 0, 'refunds'],
        [t('statements.net'), preview.totals.net, 'net'],
        [t('statements.pnbp'), preview.totals.pnbp, 'pnbp'],
        [t('statements.premi'), preview.totals.premi, 'premi'],
        [t('statements.capital'), preview.totals.capital, 'capital'],
      ]
    : [];

  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <h2 id="office-page-title" className="office-page-title">
        {t('statements.title')}
      </h2>
      <p className="statement-intro">{t('statements.intro')}</p>
      <form className="statement-form" onSubmit={submit} noValidate>
        <FormRow label={t('statements.unit')}>
          <select
            data-testid="statement-unit"
            value={form.unit}
            onChange={(e) => setForm({ ...form, unit: e.target.value })}
          >
            {units?.length === 0 && <option value="">{t('statements.unitNone')}</option>}
            {units?.map((u) => (
              <option key={u.code} value={u.code}>
                {u.code} · {u.name}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label={t('statements.from')}>
          <input
            type="date"
            data-testid="statement-from"
            value={form.from}
            onChange={(e) => setForm({ ...form, from: e.target.value })}
          />
        </FormRow>
        <FormRow label={t('statements.to')}>
          <input
            type="date"
            data-testid="statement-to"
            value={form.to}
            onChange={(e) => setForm({ ...form, to: e.target.value })}
          />
        </FormRow>
        <div className="statement-form-actions">
          <button
            type="button"
            className="btn"
            onClick={() => setForm({ ...form, ...monthOf(new Date(), -1) })}
          >
            {t('statements.lastMonth')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => setForm({ ...form, ...monthOf(new Date(), 0) })}
          >
            {t('statements.thisMonth')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            data-testid="statement-show"
            disabled={busy || !form.unit}
          >
            {t('statements.show')}
          </button>
        </div>
      </form>
      {problem && (
        <Banner tone="error" testId="statement-error">
          {problem}
        </Banner>
      )}
      {notice && (
        <Banner tone="success" testId="statement-notice">
          {notice.created
            ? t('statements.issued', {
                number: notice.statement.number,
                revision: notice.statement.revision,
                at: formatInstant(notice.statement.issuedAt, lang),
                by: notice.statement.issuedBy,
              })
            : t('statements.issuedAgain', { number: notice.statement.number })}
        </Banner>
      )}
      {preview && (
        <>
          <div className="statement-head">
            <h3 className="office-subtitle" data-testid="statement-unit-name">
              {preview.unit.code} · {preview.unit.name} · {preview.period.from} – {preview.period.to}
            </h3>
            {canIssue && total > 0 && (!issued || changed) && (
              <button
                type="button"
                className="btn btn-primary"
                data-testid="statement-issue"
                disabled={busy}
                onClick={() => void issue()}
              >
                {busy
                  ? t('statements.issuing')
                  : issued
                    ? t('statements.issueRevision')
                    : t('statements.issue')}
              </button>
            )}
          </div>
          {!canIssue && <Banner tone="info">{t('statements.viewerNote')}</Banner>}
          {issued && changed && (
            <Banner tone="warn">{t('statements.changed', { number: issued.number })}</Banner>
          )}
          {issued && (
            <div className="statement-files" data-testid="statement-files">
              <strong data-testid="statement-number">{issued.number}</strong>
              <span>
                {t('statements.issuedLine', {
                  revision: issued.revision,
                  at: formatInstant(issued.issuedAt, lang),
                  by: issued.issuedBy,
                })}
              </span>
              <span className="statement-sha">
                PDF {t('statements.sha')} <code data-testid="statement-pdf-sha">{issued.pdfSha256}</code>
              </span>
              <span className="statement-sha">
                XLSX {t('statements.sha')} <code data-testid="statement-xlsx-sha">{issued.xlsxSha256}</code>
              </span>
              <span className="statement-file-buttons">
                <button
                  type="button"
                  className="btn"
                  data-testid="statement-pdf"
                  onClick={() => void fetchFile(issued.number, 'pdf')}
                >
                  {t('statements.pdf')}
                </button>
                <button
                  type="button"
                  className="btn"
                  data-testid="statement-xlsx"
                  onClick={() => void fetchFile(issued.number, 'xlsx')}
                >
                  {t('statements.xlsx')}
                </button>
              </span>
            </div>
          )}
          {total === 0 ? (
            <Banner tone="info" testId="statement-empty">
              {t('statements.empty')}
            </Banner>
          ) : (
            <>
              <h3 className="office-subtitle">{t('statements.summary')}</h3>
              <dl className="statement-summary">
                {summary.map(([label, amount, key]) => (
                  <div key={key} className={key === 'net' ? 'statement-net' : undefined}>
                    <dt>{label}</dt>
                    <dd data-testid={`statement-total-${key}`}>{formatRupiah(amount)}</dd>
                  </div>
                ))}
              </dl>
              <h3 className="office-subtitle">{t('statements.byRate')}</h3>
              <DataTable
                columns={groupColumns}
                rows={preview.groups}
                rowKey={(g) => `${g.rates.pnbpBp}-${g.rates.premiBp}-${g.rates.capitalBp}`}
                testId="statement-groups"
              />
              <p className="statement-rule">{t('statements.rule')}</p>
              <h3 className="office-subtitle">{t('statements.byDevice')}</h3>
              <DataTable
                columns={deviceColumns}
                rows={preview.devices}
                rowKey={(d) => d.device}
                testId="statement-devices"
              />
              <h3 className="office-subtitle">
                {t('statements.lines', {
                  sales: preview.totals.saleLines,
                  refunds: preview.totals.refundLines,
                })}
              </h3>
              <DataTable
                columns={lineColumns}
                rows={preview.lines}
                rowKey={(l) => `${l.documentNo}#${l.lineNo}`}
                testId="statement-lines"
              />
              <div className="statement-pager">
                <span data-testid="statement-lines-range">
                  {t('statements.linesRange', {
                    first: preview.offset + 1,
                    last: preview.offset + preview.lines.length,
                    total,
                  })}
                </span>
                <button
                  type="button"
                  className="btn"
                  disabled={busy || preview.offset === 0}
                  onClick={() => void show(Math.max(0, preview.offset - STATEMENT_PAGE_LINES))}
                >
                  {t('statements.prev')}
                </button>
                <button
                  type="button"
                  className="btn"
                  data-testid="statement-next"
                  disabled={busy || preview.offset + preview.lines.length >= total}
                  onClick={() => void show(preview.offset + STATEMENT_PAGE_LINES)}
                >
                  {t('statements.next')}
                </button>
              </div>
            </>
          )}
        </>
      )}
      <h3 className="office-subtitle">{t('statements.history')}</h3>
      <DataTable
        columns={historyColumns}
        rows={history}
        rowKey={(s) => s.number}
        testId="statement-history"
        empty={t('statements.noHistory')}
      />
    </section>
  );
}

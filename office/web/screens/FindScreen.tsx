// Find a receipt or refund of any device by its number, or by its start (a device code on): the
// document with its lines, device, business day and the batch that first brought it.
import { type FormEvent, useState } from 'react';
import { type Column, DataTable, FormRow } from '../../../renderer/components/ui';
import { formatRupiah } from '../../../shared/money';
import type { FoundDocument, OfficeOutput } from '../../../shared/office/contract';
import { formatLongDay } from '../../../shared/time';
import { call, errorText } from '../api';
import { useLang, useT } from '../i18n';
import { formatInstant } from './formatInstant';
import './readPages.css';

type Line = FoundDocument['lines'][number];

export function FindScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [text, setText] = useState('');
  const [found, setFound] = useState<OfficeOutput<'find.document'> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      setFound(await call('find.document', { text }));
    } catch (err) {
      setFound(null);
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const qty = (milli: number) =>
    new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 3 }).format(
      milli / 1000,
    );
  const columns: Column<Line>[] = [
    { key: 'no', header: '#', kind: 'num', cell: (l) => String(l.lineNo) },
    { key: 'sku', header: t('reads.col.sku'), kind: 'code', cell: (l) => l.sku },
    { key: 'name', header: t('reads.col.product'), cell: (l) => l.name },
    { key: 'unit', header: t('reads.col.unit'), kind: 'code', cell: (l) => l.producerCode },
    { key: 'qty', header: t('reads.col.qty'), kind: 'num', cell: (l) => `${qty(l.qtyMilli)} ${l.unit}` },
    {
      key: 'price',
      header: t('reads.col.price'),
      kind: 'num',
      cell: (l) => (l.unitPrice === null ? '—' : formatRupiah(l.unitPrice)),
    },
    { key: 'amount', header: t('reads.col.amount'), kind: 'num', cell: (l) => formatRupiah(l.amount) },
  ];
  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <h2 id="office-page-title" className="office-page-title">
        {t('reads.find.title')}
      </h2>
      <form className="office-find" onSubmit={(e) => void submit(e)} noValidate>
        <FormRow label={t('reads.find.label')} help={t('reads.find.help')} error={problem}>
          <input
            data-testid="find-text"
            value={text}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </FormRow>
        <button type="submit" className="btn btn-primary" data-testid="find-submit" disabled={busy}>
          {t('reads.find.submit')}
        </button>
      </form>
      {found && (
        <p className="office-note" data-testid="find-summary">
          {found.documents.length === 0
            ? t('reads.find.none', { text: found.text })
            : found.exact
              ? t('reads.find.exact')
              : t(found.more ? 'reads.find.startMore' : 'reads.find.start', {
                  count: found.documents.length,
                })}
        </p>
      )}
      {found?.documents.map((doc) => (
        <article key={doc.id} className="office-card" data-testid="find-document" data-number={doc.number}>
          <h3 className="office-subtitle">
            {t(doc.kind === 'sale' ? 'reads.find.sale' : 'reads.find.refund')}{' '}
            <span className="office-code">{doc.number}</span>
            {doc.voided && <span className="office-chip office-chip-off">{t('reads.find.voided')}</span>}
          </h3>
          <dl className="office-facts">
            <dt>{t('reads.col.device')}</dt>
            <dd data-testid="find-device">{doc.device}</dd>
            <dt>{t('reads.col.day')}</dt>
            <dd>{formatLongDay(doc.businessDay, lang, true)}</dd>
            <dt>{t('reads.find.at')}</dt>
            <dd>{formatInstant(doc.createdAt, lang)}</dd>
            <dt>{t(doc.kind === 'sale' ? 'reads.find.total' : 'reads.find.refunded')}</dt>
            <dd data-testid="find-amount">{formatRupiah(doc.amount)}</dd>
            <dt>{t(doc.kind === 'sale' ? 'reads.find.cashier' : 'reads.find.approvedBy')}</dt>
            <dd>{doc.cashier ?? '—'}</dd>
            <dt>{t('reads.find.batch')}</dt>
            <dd data-testid="find-batch">
              {t('reads.devices.batchAt', {
                seq: doc.batch.seq,
                at: formatInstant(doc.batch.receivedAt, lang),
              })}
            </dd>
            {doc.related.length > 0 && (
              <>
                <dt>{t(doc.kind === 'sale' ? 'reads.find.refunds' : 'reads.find.ofReceipt')}</dt>
                <dd data-testid="find-related">{doc.related.join(', ')}</dd>
              </>
            )}
            {doc.reason && (
              <>
                <dt>{t('reads.find.reason')}</dt>
                <dd>{doc.reason}</dd>
              </>
            )}
          </dl>
          <DataTable
            columns={columns}
            rows={doc.lines}
            rowKey={(l) => l.lineNo}
            rowProps={() => ({ 'data-testid': 'find-line' })}
            caption={doc.number}
          />
        </article>
      ))}
    </section>
  );
}

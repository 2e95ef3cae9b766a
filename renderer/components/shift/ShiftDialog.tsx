// The cashier's shift: cash put in or taken out (with a reason), her own takings so far, and the
// close with a blind count. The expected cash appears only after she has counted and closed.
import { type FormEvent, useEffect, useState } from 'react';
import type { ShiftSummary } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { ApiError, call } from '../../api/client';
import { type MessageKey, useT } from '../../i18n';
import { Modal } from '../Modal';
import { parseCash } from '../parseInput';
import { type Approval, ApprovalDialog } from '../till/ApprovalDialog';
import { CashCountFields, type CountDraft, countOf } from './CashCountFields';

type View = 'menu' | 'move' | 'close' | 'closed';

interface ShiftDialogProps {
  onClose: () => void;
  /** The shift is closed: the till goes back to "open a shift". */
  onShiftClosed: () => void;
}

export function ShiftDialog({ onClose, onShiftClosed }: ShiftDialogProps) {
  const t = useT();
  const [view, setView] = useState<View>('menu');
  const [summary, setSummary] = useState<ShiftSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown) => setError(err instanceof ApiError ? err.message : t('api.unreachable'));

  useEffect(() => {
    call('shifts.summary', {})
      .then(setSummary)
      .catch((err: unknown) => setError(err instanceof ApiError ? err.message : t('api.unreachable')));
  }, [t]);

  const done = view === 'closed';
  return (
    <Modal
      title={t(done ? 'shift.closedTitle' : 'shift.title')}
      onClose={done ? onShiftClosed : onClose}
      className="shift-dialog"
    >
      {view === 'menu' && summary && (
        <>
          <SummaryTable summary={summary} />
          <div className="shift-actions">
            <button
              type="button"
              className="btn"
              data-testid="shift-move"
              data-autofocus
              onClick={() => setView('move')}
            >
              {t('shift.move')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="shift-close"
              onClick={() => setView('close')}
            >
              {t('shift.close')}
            </button>
          </div>
        </>
      )}
      {view === 'move' && (
        <CashMoveForm
          onDone={async () => {
            setSummary(await call('shifts.summary', {}));
            setView('menu');
          }}
          onFail={fail}
        />
      )}
      {view === 'close' && (
        <CloseForm
          onClosed={(closed) => {
            setSummary(closed);
            setView('closed');
          }}
          onFail={fail}
        />
      )}
      {view === 'closed' && summary && (
        <>
          <SummaryTable summary={summary} />
          <dl className="receipt shift-result">
            <dt>{t('shift.expected')}</dt>
            <dd data-testid="shift-expected">{formatRupiah(summary.expectedCash ?? 0)}</dd>
            <dt>{t('shift.counted')}</dt>
            <dd data-testid="shift-counted">{formatRupiah(summary.shift.countedCash ?? 0)}</dd>
            <dt>{t('shift.variance')}</dt>
            <dd className="receipt-change" data-testid="shift-variance">
              {formatRupiah(summary.shift.variance ?? 0)}
            </dd>
          </dl>
          <div className="modal-actions">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="shift-done"
              data-autofocus
              onClick={onShiftClosed}
            >
              {t('dialog.close')}
            </button>
          </div>
        </>
      )}
      {error && (
        <p className="error" role="alert" data-testid="shift-error">
          {error}
        </p>
      )}
    </Modal>
  );
}

function SummaryTable({ summary }: { summary: ShiftSummary }) {
  const t = useT();
  return (
    <dl className="receipt shift-summary" data-testid="shift-summary">
      <dt>{t('shift.float')}</dt>
      <dd>{formatRupiah(summary.shift.openingFloat)}</dd>
      <dt>{t('shift.sales', { count: summary.salesCount })}</dt>
      <dd data-testid="shift-sales">{formatRupiah(summary.salesTotal)}</dd>
      {summary.byMethod.map((m) => (
        <SummaryRow key={m.method} label={t(`pay.method.${m.method}` as MessageKey)} amount={m.amount} />
      ))}
      {summary.refundsCount > 0 && <SummaryRow label={t('shift.refunds')} amount={-summary.refundsTotal} />}
      {summary.voidsCount > 0 && <SummaryRow label={t('shift.voids')} amount={-summary.voidsTotal} />}
      <SummaryRow label={t('shift.cashIn')} amount={summary.cashIn} />
      <SummaryRow label={t('shift.cashOut')} amount={-summary.cashOut} />
    </dl>
  );
}

function SummaryRow({ label, amount }: { label: string; amount: number }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{formatRupiah(amount)}</dd>
    </>
  );
}

function CashMoveForm({ onDone, onFail }: { onDone: () => Promise<void>; onFail: (err: unknown) => void }) {
  const t = useT();
  const [kind, setKind] = useState<'in' | 'out'>('out');
  const [amount, setAmount] = useState(0);
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call('shifts.cashMove', { kind, amount, reason });
      await onDone();
    } catch (err) {
      onFail(err);
    }
  };
  return (
    <form className="line-form" onSubmit={(e) => void submit(e)}>
      <div className="pay-methods" role="tablist" aria-label={t('shift.move')}>
        {(['out', 'in'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={kind === k}
            className="btn"
            data-testid={`move-${k}`}
            onClick={() => setKind(k)}
          >
            {t(k === 'in' ? 'shift.cashIn' : 'shift.cashOut')}
          </button>
        ))}
      </div>
      <label className="field">
        <span>{t('pay.part.amount')}</span>
        <input
          className="big-input"
          data-testid="move-amount"
          data-autofocus
          inputMode="numeric"
          value={amount === 0 ? '' : amount.toLocaleString('id-ID')}
          onChange={(e) => setAmount(parseCash(e.target.value))}
        />
      </label>
      <label className="field">
        <span>{t('shift.reason')}</span>
        <input
          data-testid="move-reason"
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <div className="modal-actions">
        <button type="submit" className="btn btn-primary" data-testid="move-save">
          {t('weight.save')}
        </button>
      </div>
    </form>
  );
}

function CloseForm({
  onClosed,
  onFail,
}: {
  onClosed: (summary: ShiftSummary) => void;
  onFail: (err: unknown) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState<CountDraft>({});
  const [note, setNote] = useState('');
  const [approvalReason, setApprovalReason] = useState<string | null>(null);

  const send = (approval?: Approval) =>
    call('shifts.close', {
      count: countOf(draft),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(approval ? { approval } : {}),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onClosed(await send());
    } catch (err) {
      if (err instanceof ApiError && err.code === 'APPROVAL_REQUIRED') setApprovalReason(err.message);
      else onFail(err);
    }
  };

  return (
    <form className="line-form" onSubmit={(e) => void submit(e)}>
      <p className="muted">{t('shift.blindHelp')}</p>
      <CashCountFields draft={draft} onChange={setDraft} />
      <label className="field">
        <span>{t('shift.note')}</span>
        <input
          data-testid="close-note"
          maxLength={200}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <div className="modal-actions">
        <button type="submit" className="btn btn-primary btn-big" data-testid="close-submit">
          {t('shift.closeNow')}
        </button>
      </div>
      {approvalReason && (
        <ApprovalDialog
          reason={approvalReason}
          onClose={() => setApprovalReason(null)}
          onApprove={async (approval) => {
            const closed = await send(approval);
            setApprovalReason(null);
            onClosed(closed);
          }}
        />
      )}
    </form>
  );
}

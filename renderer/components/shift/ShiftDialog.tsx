// The cashier's shift: cash put in or taken out (with a reason), her own takings so far, opening the
// drawer without a sale, and the close with a blind count. The expected cash appears only after she
// has counted and closed. A cash-out over the limit and a no-sale open by a cashier need a manager's
// PIN: the engine says so and the approval dialog asks for it.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ShiftSummary } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { ApiError, call } from '../../api/client';
import { type MessageKey, useT } from '../../i18n';
import { Modal } from '../Modal';
import { parseCash } from '../parseInput';
import { type Approval, ApprovalDialog } from '../till/ApprovalDialog';
import { CashCountFields, type CountDraft, countOf } from './CashCountFields';
import { formatOutflow, varianceTone } from './shiftFigures';
import './shift.css';

type View = 'menu' | 'move' | 'drawer' | 'close' | 'closed';

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
  const [notice, setNotice] = useState<string | null>(null);
  const fail = (err: unknown) => setError(err instanceof ApiError ? err.message : t('api.unreachable'));
  const show = (next: View) => {
    setError(null);
    setNotice(null);
    setView(next);
  };

  // The menu appears once the summary is in (after the dialog's own autofocus), and again after a
  // form: its first button takes the focus each time, so F12 then Tab and Enter is enough.
  const menuFirst = useRef<HTMLButtonElement>(null);
  const menuShown = view === 'menu' && summary !== null;
  useEffect(() => {
    if (menuShown) menuFirst.current?.focus();
  }, [menuShown]);

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
              ref={menuFirst}
              type="button"
              className="btn"
              data-testid="shift-move"
              data-autofocus
              onClick={() => show('move')}
            >
              {t('shift.move')}
            </button>
            <button type="button" className="btn" data-testid="shift-drawer" onClick={() => show('drawer')}>
              {t('shift.drawer')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="shift-close"
              onClick={() => show('close')}
            >
              {t('shift.close')}
            </button>
          </div>
          {notice && (
            <p className="notice" role="status" data-testid="shift-notice">
              {notice}
            </p>
          )}
        </>
      )}
      {view === 'move' && (
        <CashMoveForm
          onDone={async () => {
            setSummary(await call('shifts.summary', {}));
            show('menu');
          }}
          onFail={fail}
          onBack={() => show('menu')}
        />
      )}
      {view === 'drawer' && (
        <DrawerForm
          onOpened={(printerName) => {
            show('menu');
            setNotice(t('shift.drawerOpened', { printer: printerName }));
          }}
          onFail={fail}
          onBack={() => show('menu')}
        />
      )}
      {view === 'close' && (
        <CloseForm
          onClosed={(closed) => {
            setSummary(closed);
            show('closed');
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
            <VarianceFigure variance={summary.shift.variance ?? 0} />
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
        <SummaryRow
          key={m.method}
          label={t(`pay.method.${m.method}` as MessageKey)}
          text={formatRupiah(m.amount)}
        />
      ))}
      {summary.refundsCount > 0 && (
        <SummaryRow label={t('shift.refunds')} text={formatOutflow(summary.refundsTotal)} />
      )}
      {summary.voidsCount > 0 && (
        <SummaryRow label={t('shift.voids')} text={formatOutflow(summary.voidsTotal)} />
      )}
      <SummaryRow label={t('shift.cashIn')} text={formatRupiah(summary.cashIn)} />
      <SummaryRow label={t('shift.cashOut')} text={formatOutflow(summary.cashOut)} testId="shift-cash-out" />
    </dl>
  );
}

function SummaryRow({ label, text, testId }: { label: string; text: string; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{text}</dd>
    </>
  );
}

/** A shortage in red, a surplus in amber, an even count in green; the word says which, not only the colour. */
export function VarianceFigure({ variance }: { variance: number }) {
  const t = useT();
  const tone = varianceTone(variance);
  return (
    <dd className={`shift-variance shift-variance-${tone}`} data-tone={tone}>
      <span className="shift-variance-word" data-testid="shift-variance-word">
        {t(`shift.variance.${tone}`)}
      </span>{' '}
      <span data-testid="shift-variance">{formatRupiah(variance)}</span>
    </dd>
  );
}

/** Focuses the first field when a form replaces the menu (the dialog's autofocus ran at its opening). */
function useFirstFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

interface FormProps {
  onFail: (err: unknown) => void;
  onBack: () => void;
}

function CashMoveForm({ onDone, onFail, onBack }: FormProps & { onDone: () => Promise<void> }) {
  const t = useT();
  const [kind, setKind] = useState<'in' | 'out'>('out');
  const [amount, setAmount] = useState(0);
  const [reason, setReason] = useState('');
  const [approvalReason, setApprovalReason] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useFirstFocus<HTMLInputElement>();

  const send = (approval?: Approval) =>
    call('shifts.cashMove', { kind, amount, reason, ...(approval ? { approval } : {}) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await send();
      await onDone();
    } catch (err) {
      // Over the cash-out limit, or more than the drawer should hold: a manager's PIN.
      if (err instanceof ApiError && err.code === 'APPROVAL_REQUIRED') setApprovalReason(err.message);
      else onFail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
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
            ref={first}
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
        {kind === 'out' && <p className="muted">{t('shift.moveOutHelp')}</p>}
        <div className="modal-actions">
          <button type="button" className="btn" data-testid="move-back" onClick={onBack}>
            {t('shift.back')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="move-save" disabled={busy}>
            {t('weight.save')}
          </button>
        </div>
      </form>
      {/* Outside the form: a form inside a form would not submit on its own. */}
      {approvalReason && (
        <ApprovalDialog
          reason={approvalReason}
          onClose={() => setApprovalReason(null)}
          onApprove={async (approval) => {
            await send(approval);
            setApprovalReason(null);
            await onDone();
          }}
        />
      )}
    </>
  );
}

/** "No sale": the drawer opened through the receipt printer, with a short reason. */
function DrawerForm({ onOpened, onFail, onBack }: FormProps & { onOpened: (printerName: string) => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [approvalReason, setApprovalReason] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useFirstFocus<HTMLInputElement>();

  const send = (approval?: Approval) =>
    call('shifts.openDrawer', { reason, ...(approval ? { approval } : {}) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      onOpened((await send()).printerName);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'APPROVAL_REQUIRED') setApprovalReason(err.message);
      else onFail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <form className="line-form" onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('shift.drawerHelp')}</p>
        <label className="field">
          <span>{t('shift.reason')}</span>
          <input
            ref={first}
            data-testid="drawer-reason"
            data-autofocus
            maxLength={100}
            placeholder={t('shift.drawerReasonHint')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <div className="modal-actions">
          <button type="button" className="btn" data-testid="drawer-back" onClick={onBack}>
            {t('shift.back')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="drawer-open" disabled={busy}>
            {t('shift.drawerOpen')}
          </button>
        </div>
      </form>
      {/* Outside the form: a form inside a form would not submit on its own. */}
      {approvalReason && (
        <ApprovalDialog
          reason={approvalReason}
          onClose={() => setApprovalReason(null)}
          onApprove={async (approval) => {
            const opened = await send(approval);
            setApprovalReason(null);
            onOpened(opened.printerName);
          }}
        />
      )}
    </>
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
    <>
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
      </form>
      {/* Outside the form: a form inside a form would not submit on its own. */}
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
    </>
  );
}

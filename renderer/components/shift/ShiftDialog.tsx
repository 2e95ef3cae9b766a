// The cashier's shift: cash put in or taken out (with a reason), her own takings so far, opening the
// drawer without a sale, and the close with a blind count. The expected cash appears only after she
// has counted and closed. A cash-out over the limit and a no-sale open by a cashier need a manager's
// PIN: the engine says so and the approval dialog asks for it.
import { type FormEvent, type RefObject, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ShiftSummary } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { ApiError, call } from '../../api/client';
import { type MessageKey, useT } from '../../i18n';
import { useStoredText } from '../../i18n/stored';
import { type Approval, ApprovalDialog } from '../till/ApprovalDialog';
import { groupAsTyped } from '../till/groupAsTyped';
import { Banner, Dialog, FormRow, MoneyField, readRupiah } from '../ui';
import { CashCountFields, type CountDraft, countOf, countReadable } from './CashCountFields';
import { formatOutflow, varianceTone } from './shiftFigures';
import './shift.css';

/** The three forms share one way of sending: checked here, then the engine, then a manager's PIN. */
type FormView = 'move' | 'drawer' | 'close';
type View = 'menu' | FormView | 'closed';

const isForm = (view: View): view is FormView => view === 'move' || view === 'drawer' || view === 'close';

/** What the forms hold while they are typed; each form starts empty. */
interface Drafts {
  moveKind: 'in' | 'out';
  moveAmount: string;
  moveReason: string;
  drawerReason: string;
  count: CountDraft;
  note: string;
}

const EMPTY: Drafts = {
  moveKind: 'out',
  moveAmount: '',
  moveReason: '',
  drawerReason: '',
  count: {},
  note: '',
};

interface ShiftDialogProps {
  onClose: () => void;
  /** The shift is closed: the till goes back to "open a shift". */
  onShiftClosed: () => void;
}

export function ShiftDialog({ onClose, onShiftClosed }: ShiftDialogProps) {
  const t = useT();
  const formId = useId();
  const [view, setView] = useState<View>('menu');
  const [summary, setSummary] = useState<ShiftSummary | null>(null);
  const [drafts, setDrafts] = useState<Drafts>(EMPTY);
  // A save was tried: an empty amount is named now, not while it is being typed.
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [approvalReason, setApprovalReason] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // What the printer said while kicking the drawer (paper nearly out): a stored message, worded in
  // the screen's language when shown.
  const [drawerWarning, setDrawerWarning] = useState<string | null>(null);
  const stored = useStoredText();
  const body = useRef<HTMLFormElement>(null);
  const menuFirst = useRef<HTMLButtonElement>(null);
  const doneButton = useRef<HTMLButtonElement>(null);

  const fail = (err: unknown) => setError(err instanceof ApiError ? err.message : t('api.unreachable'));
  const show = (next: View) => {
    setError(null);
    setNotice(null);
    setDrawerWarning(null);
    setTried(false);
    if (isForm(next)) setDrafts(EMPTY);
    setView(next);
  };
  const change = (patch: Partial<Drafts>) => {
    setError(null);
    setDrafts((d) => ({ ...d, ...patch }));
  };

  useEffect(() => {
    call('shifts.summary', {})
      .then(setSummary)
      .catch((err: unknown) => setError(err instanceof ApiError ? err.message : t('api.unreachable')));
  }, [t]);

  // The dialog's own autofocus runs once, at its opening. After that each view puts the focus where
  // the next key goes: the menu's first button (F12, Tab, Enter is enough), a form's first field.
  const menuShown = view === 'menu' && summary !== null;
  useEffect(() => {
    if (menuShown) menuFirst.current?.focus();
    else if (view === 'closed') doneButton.current?.focus();
    else if (isForm(view)) body.current?.querySelector<HTMLElement>('input')?.focus();
  }, [menuShown, view]);

  // A refused save puts the focus on the first field marked red.
  const [refusals, setRefusals] = useState(0);
  useLayoutEffect(() => {
    if (refusals > 0) body.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const moveAmount = readRupiah(drafts.moveAmount);

  /** Each form's request (with a manager's approval once the engine asked for one), then what follows. */
  const send: Record<FormView, (approval?: Approval) => Promise<void>> = {
    move: async (approval) => {
      if (!moveAmount.ok) return;
      await call('shifts.cashMove', {
        kind: drafts.moveKind,
        amount: moveAmount.value,
        reason: drafts.moveReason,
        ...(approval ? { approval } : {}),
      });
      setSummary(await call('shifts.summary', {}));
      show('menu');
    },
    drawer: async (approval) => {
      const { printerName, warning } = await call('shifts.openDrawer', {
        reason: drafts.drawerReason,
        ...(approval ? { approval } : {}),
      });
      show('menu');
      setNotice(t('shift.drawerOpened', { printer: printerName }));
      setDrawerWarning(warning);
    },
    close: async (approval) => {
      const closed = await call('shifts.close', {
        count: countOf(drafts.count),
        ...(drafts.note.trim() ? { note: drafts.note.trim() } : {}),
        ...(approval ? { approval } : {}),
      });
      setSummary(closed);
      show('closed');
    },
  };
  /** What the form itself refuses before asking the engine. */
  const refused: Record<FormView, boolean> = {
    move: !moveAmount.ok,
    drawer: false,
    close: !countReadable(drafts.count),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !isForm(view)) return;
    setTried(true);
    if (refused[view]) return setRefusals((n) => n + 1);
    setBusy(true);
    setError(null);
    try {
      await send[view]();
    } catch (err) {
      // Over the cash-out limit, more than the drawer should hold, a cashier's no-sale: a manager's PIN.
      if (err instanceof ApiError && err.code === 'APPROVAL_REQUIRED') setApprovalReason(err.message);
      else fail(err);
    } finally {
      setBusy(false);
    }
  };

  const done = view === 'closed';
  return (
    <Dialog
      title={t(done ? 'shift.closedTitle' : 'shift.title')}
      onClose={done ? onShiftClosed : onClose}
      className="shift-dialog"
      footer={
        <ShiftFooter
          view={view}
          formId={formId}
          busy={busy}
          menuFirst={menuFirst}
          doneButton={doneButton}
          onShow={show}
          onClose={onClose}
          onShiftClosed={onShiftClosed}
        />
      }
    >
      {view === 'menu' && summary && <SummaryTable summary={summary} />}
      {view === 'menu' && notice && (
        <Banner tone="success" testId="shift-notice">
          {notice}
        </Banner>
      )}
      {view === 'menu' && drawerWarning && (
        <Banner tone="warn" testId="shift-drawer-warning">
          {stored(drawerWarning)}
        </Banner>
      )}
      {isForm(view) && (
        <form noValidate id={formId} ref={body} className="shift-form" onSubmit={(e) => void submit(e)}>
          {view === 'move' && (
            <>
              <div className="pay-methods" role="tablist" aria-label={t('shift.move')}>
                {(['out', 'in'] as const).map((k) => (
                  <button
                    key={k}
                    type="button"
                    role="tab"
                    aria-selected={drafts.moveKind === k}
                    className="btn"
                    data-testid={`move-${k}`}
                    onClick={() => change({ moveKind: k })}
                  >
                    {t(k === 'in' ? 'shift.cashIn' : 'shift.cashOut')}
                  </button>
                ))}
              </div>
              <div className="till-big-field">
                <MoneyField
                  label={t('pay.part.amount')}
                  testId="move-amount"
                  messageTestId="move-amount-error"
                  value={drafts.moveAmount}
                  error={tried && !moveAmount.ok ? t(moveAmount.error) : null}
                  onChange={(text) => change({ moveAmount: groupAsTyped(drafts.moveAmount, text) })}
                />
              </div>
              <FormRow label={t('shift.reason')}>
                <input
                  data-testid="move-reason"
                  maxLength={200}
                  value={drafts.moveReason}
                  onChange={(e) => change({ moveReason: e.target.value })}
                />
              </FormRow>
              {drafts.moveKind === 'out' && <p className="muted">{t('shift.moveOutHelp')}</p>}
            </>
          )}
          {view === 'drawer' && (
            <>
              <p className="muted">{t('shift.drawerHelp')}</p>
              <FormRow label={t('shift.reason')}>
                <input
                  data-testid="drawer-reason"
                  maxLength={100}
                  placeholder={t('shift.drawerReasonHint')}
                  value={drafts.drawerReason}
                  onChange={(e) => change({ drawerReason: e.target.value })}
                />
              </FormRow>
            </>
          )}
          {view === 'close' && (
            <>
              <p className="muted">{t('shift.blindHelp')}</p>
              <CashCountFields draft={drafts.count} onChange={(count) => change({ count })} />
              <FormRow label={t('shift.note')}>
                <input
                  data-testid="close-note"
                  maxLength={200}
                  value={drafts.note}
                  onChange={(e) => change({ note: e.target.value })}
                />
              </FormRow>
            </>
          )}
        </form>
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
        </>
      )}
      {error && (
        <Banner tone="error" testId="shift-error">
          {error}
        </Banner>
      )}
      {/* Outside the form: a form inside a form would not submit on its own. */}
      {approvalReason && isForm(view) && (
        <ApprovalDialog
          reason={approvalReason}
          onClose={() => setApprovalReason(null)}
          onApprove={async (approval) => {
            await send[view](approval);
            setApprovalReason(null);
          }}
        />
      )}
    </Dialog>
  );
}

/** Each form's buttons: back to the menu, and its own action, which submits the form. */
const FORM_BUTTONS: Record<FormView, { back: string; submit: string; label: MessageKey; big?: boolean }> = {
  move: { back: 'move-back', submit: 'move-save', label: 'weight.save' },
  drawer: { back: 'drawer-back', submit: 'drawer-open', label: 'shift.drawerOpen' },
  close: { back: 'close-back', submit: 'close-submit', label: 'shift.closeNow', big: true },
};

function ShiftFooter({
  view,
  formId,
  busy,
  menuFirst,
  doneButton,
  onShow,
  onClose,
  onShiftClosed,
}: {
  view: View;
  formId: string;
  busy: boolean;
  menuFirst: RefObject<HTMLButtonElement | null>;
  doneButton: RefObject<HTMLButtonElement | null>;
  onShow: (view: View) => void;
  onClose: () => void;
  onShiftClosed: () => void;
}) {
  const t = useT();
  if (view === 'menu') {
    // Moving cash and opening the drawer side by side; back to the till, and closing the shift (the
    // main action) under them.
    return (
      <div className="shift-actions">
        <button
          ref={menuFirst}
          type="button"
          className="btn"
          data-testid="shift-move"
          data-autofocus
          onClick={() => onShow('move')}
        >
          {t('shift.move')}
        </button>
        <button type="button" className="btn" data-testid="shift-drawer" onClick={() => onShow('drawer')}>
          {t('shift.drawer')}
        </button>
        <button type="button" className="btn btn-quiet" data-testid="shift-back-to-till" onClick={onClose}>
          {t('shift.backToTill')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="shift-close"
          onClick={() => onShow('close')}
        >
          {t('shift.close')}
        </button>
      </div>
    );
  }
  if (view === 'closed') {
    return (
      <button
        ref={doneButton}
        type="button"
        className="btn btn-primary"
        data-testid="shift-done"
        onClick={onShiftClosed}
      >
        {t('dialog.close')}
      </button>
    );
  }
  const buttons = FORM_BUTTONS[view];
  return (
    <>
      <button type="button" className="btn" data-testid={buttons.back} onClick={() => onShow('menu')}>
        {t('shift.back')}
      </button>
      <button
        type="submit"
        form={formId}
        className={buttons.big ? 'btn btn-primary btn-big' : 'btn btn-primary'}
        data-testid={buttons.submit}
        disabled={busy}
      >
        {t(buttons.label)}
      </button>
    </>
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

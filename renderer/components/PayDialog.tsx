// Payment: cash, QRIS, bank transfer and card (EDC), split across several. Non-cash parts are added
// one by one; cash pays what is left (with the booth's cash rounding) and is the only source of
// change. The sale is committed once, with every part, and the engine recomputes every number.
import { useEffect, useRef, useState } from 'react';
import type { Sale } from '../../shared/contract';
import { formatNumber, formatRupiah } from '../../shared/money';
import { quickCashAmounts } from '../../shared/pricing';
import { qrisWithAmount } from '../../shared/qris/qris';
import { cashDue, type PaymentMethod } from '../../shared/settlement';
import { type MessageKey, useT } from '../i18n';
import { usePaymentSettings } from '../stores/paymentSettings';
import './payDialog.css';
import { SalePrinting } from './printing/SalePrinting';
import { QrCode } from './QrCode';
import { ApprovalDialog } from './till/ApprovalDialog';
import { groupAsTyped } from './till/groupAsTyped';
import { commitInput, useSaleCommitter } from './till/saleInput';
import { Banner, Dialog, FormRow, MoneyField, readMoney } from './ui';

/** A non-cash part of the payment, as added in the dialog. */
export interface NonCashPart {
  method: Exclude<PaymentMethod, 'cash'>;
  amount: number;
  reference?: string;
}

const METHODS: PaymentMethod[] = ['cash', 'qris', 'transfer', 'card'];

interface PayDialogProps {
  /** The priced total before cash rounding. */
  total: number;
  /** Opened with the exact-cash shortcut: take the exact amount in cash at once. */
  exactCash?: boolean;
  onClose: () => void;
  /** Published for the customer display: what is being paid and how. */
  onProgress?: (progress: PayProgress) => void;
}

export interface PayProgress {
  method: PaymentMethod;
  /** QRIS payload with the amount, while the buyer should scan it. */
  qris: { payload: string; amount: number } | null;
  due: number;
  cash: number;
  change: number | null;
  sale: Sale | null;
}

export function PayDialog({ total, exactCash, onClose, onProgress }: PayDialogProps) {
  const [sale, setSale] = useState<Sale | null>(null);
  if (sale) return <SaleDone sale={sale} onNewSale={onClose} />;
  return (
    <PaymentEntry
      total={total}
      exactCash={exactCash}
      onClose={onClose}
      onProgress={onProgress}
      onDone={(done) => {
        onProgress?.({
          method: 'cash',
          qris: null,
          due: 0,
          cash: done.paid,
          change: done.change,
          sale: done,
        });
        setSale(done);
      }}
    />
  );
}

interface PaymentEntryProps extends PayDialogProps {
  onDone: (sale: Sale) => void;
}

function PaymentEntry({ total, exactCash, onClose, onDone, onProgress }: PaymentEntryProps) {
  const t = useT();
  const settings = usePaymentSettings((s) => s.settings);
  const roundingUnit = settings?.cashRounding ?? 0;
  const [parts, setParts] = useState<NonCashPart[]>([]);
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [cashText, setCashText] = useState('');
  const [amountText, setAmountText] = useState('');
  // What is wrong with the non-cash amount (nothing, or more than is left), said under it.
  const [amountError, setAmountError] = useState<string | null>(null);
  const [reference, setReference] = useState('');
  const [approvalReason, setApprovalReason] = useState<string | null>(null);
  const { commit, saving, error, setError } = useSaleCommitter();
  const cashInput = useRef<HTMLInputElement>(null);

  const { left, rounding, due } = cashDue(total, parts, roundingUnit);
  // What the money field cannot read is refused under it, and counts as no cash at all.
  const cashRead = readMoney(cashText, { optional: true });
  const cash = cashRead.ok ? (cashRead.value ?? 0) : 0;
  const change = cash >= due ? cash - due : null;
  const paidByOthers = left === 0;
  const canConfirm = !saving && (paidByOthers || (cash > 0 && cash >= due));
  // A non-cash part defaults to everything still open, the common case for one-method sales.
  const amountRead = readMoney(amountText, { optional: true });
  const partAmount = amountRead.ok ? (amountRead.value ?? left) : 0;
  const qrisPayload =
    method === 'qris' && settings?.qrisStatic && partAmount > 0 && partAmount <= left
      ? safeQris(settings.qrisStatic, partAmount)
      : null;

  // The cash field takes the focus at once: the cashier types what the buyer handed over.
  useEffect(() => cashInput.current?.focus(), []);

  // The customer display follows the payment: the method, the QRIS to scan, what is due.
  const qrisAmount = qrisPayload ? partAmount : 0;
  useEffect(() => {
    onProgress?.({
      method,
      qris: qrisPayload ? { payload: qrisPayload, amount: qrisAmount } : null,
      due,
      cash,
      change,
      sale: null,
    });
  }, [onProgress, method, qrisPayload, qrisAmount, due, cash, change]);

  const tenders = (withCash: boolean, cashAmount: number, nonCash: NonCashPart[] = parts) => [
    ...nonCash.map((p) => ({
      method: p.method,
      amount: p.amount,
      ...(p.reference ? { reference: p.reference } : {}),
      // The cashier pressed "payment received" for this QRIS part.
      ...(p.method === 'qris' ? { confirmed: true } : {}),
    })),
    ...(withCash && cashAmount > 0 ? [{ method: 'cash' as const, amount: cashAmount }] : []),
  ];

  /** `cashAmount`: what the buyer handed over (a quick-cash button passes its own amount). */
  const confirm = async (cashAmount = cash) => {
    if (saving || !(paidByOthers || (cashAmount > 0 && cashAmount >= due))) return;
    const result = await commit(commitInput(tenders(!paidByOthers, cashAmount)));
    if (result.kind === 'sold') onDone(result.sale);
    else if (result.kind === 'approval') setApprovalReason(result.message);
  };

  // F10 (or the till's exact-cash shortcut) takes the exact amount in cash and completes.
  const exact = useRef(() => {});
  exact.current = () => {
    if (method !== 'cash' || paidByOthers) return;
    pickCash(due);
  };
  useEffect(() => {
    if (exactCash) exact.current();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F10') return;
      event.preventDefault();
      exact.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [exactCash]);

  const choose = (next: PaymentMethod) => {
    setMethod(next);
    setAmountText('');
    setAmountError(null);
    setReference('');
    setError(null);
  };

  const addPart = () => {
    if (method === 'cash' || !amountRead.ok) return;
    if (partAmount <= 0) return setAmountError(t('pay.part.zero'));
    if (partAmount > left) return setAmountError(t('pay.part.tooMuch', { left: formatRupiah(left) }));
    const next = [...parts, { method, amount: partAmount, reference: reference.trim() || undefined }];
    setParts(next);
    setError(null);
    setAmountText('');
    setReference('');
    // What is left goes to cash by default: the usual split is "QRIS for part, cash for the rest".
    setMethod('cash');
    if (partAmount === left) {
      // Paid in full without cash (the QRIS received, the transfer seen): nothing is left to type.
      void finishNonCash(next);
      return;
    }
    setTimeout(() => cashInput.current?.focus(), 0);
  };

  const finishNonCash = async (nonCash: NonCashPart[]) => {
    if (saving) return;
    const result = await commit(commitInput(tenders(false, 0, nonCash)));
    if (result.kind === 'sold') onDone(result.sale);
    else if (result.kind === 'approval') setApprovalReason(result.message);
  };

  // A quick-cash button is the money in the cashier's hand: it completes the sale at once.
  function pickCash(amount: number) {
    setCashText(formatNumber(amount));
    setError(null);
    void confirm(amount);
  }

  return (
    <Dialog
      title={t('pay.title')}
      onClose={onClose}
      canClose={!saving}
      className="pay-dialog"
      footer={
        <>
          <button type="button" className="btn" disabled={saving} onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary btn-big"
            data-testid="confirm-pay"
            disabled={!canConfirm}
            onClick={() => void confirm()}
          >
            {saving ? t('pay.saving') : t('pay.confirm')}
          </button>
        </>
      }
    >
      <div className="pay-total">
        <span>{t('pay.total')}</span>
        <strong data-testid="pay-total">{formatRupiah(total)}</strong>
      </div>

      {parts.length > 0 && (
        <ul className="pay-parts" aria-label={t('pay.parts')}>
          {parts.map((part, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are only added and removed whole
            <li key={i} data-testid="pay-part" data-method={part.method}>
              <span>
                {t(`pay.method.${part.method}` as MessageKey)}
                {part.reference ? ` · ${part.reference}` : ''}
              </span>
              <strong>{formatRupiah(part.amount)}</strong>
              <button
                type="button"
                className="btn btn-small btn-quiet"
                data-testid="pay-part-remove"
                disabled={saving}
                onClick={() => setParts(parts.filter((_, j) => j !== i))}
              >
                {t('pay.part.remove')}
              </button>
            </li>
          ))}
          <li className="pay-left">
            <span>{t('pay.left')}</span>
            <strong data-testid="pay-left">{formatRupiah(left)}</strong>
          </li>
        </ul>
      )}

      <div className="pay-methods" role="tablist" aria-label={t('pay.methods')}>
        {METHODS.map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={method === m}
            className="btn"
            data-testid={`pay-method-${m}`}
            disabled={saving || (m !== 'cash' && paidByOthers)}
            onClick={() => choose(m)}
          >
            {t(`pay.method.${m}` as MessageKey)}
          </button>
        ))}
      </div>

      {method === 'cash' && paidByOthers ? (
        <Banner tone="success" className="pay-paid" testId="pay-paid-in-full">
          {t('pay.paidInFull')}
        </Banner>
      ) : method === 'cash' ? (
        <>
          {/* Enter in the one field of this form completes the sale. */}
          <form
            noValidate
            className="till-big-field pay-rp"
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            <MoneyField
              label={
                <>
                  {t('pay.cash')}
                  {rounding !== 0 && (
                    <small className="muted" data-testid="pay-rounding">
                      {' '}
                      {t('pay.rounded', { due: formatRupiah(due), rounding: formatNumber(rounding) })}
                    </small>
                  )}
                </>
              }
              optional
              inputRef={cashInput}
              testId="cash-input"
              messageTestId="cash-input-error"
              value={cashText}
              disabled={saving || paidByOthers}
              onChange={(text) => {
                setCashText(groupAsTyped(cashText, text));
                setError(null);
              }}
            />
          </form>

          <div className="quick-cash">
            {/* Ascending, so the exact amount (always the smallest) stays first. */}
            {due > 0 &&
              quickCashAmounts(due).map((amount, i) => (
                <button
                  key={amount}
                  type="button"
                  className="btn"
                  data-testid="quick-cash"
                  data-amount={amount}
                  disabled={saving}
                  onClick={() => pickCash(amount)}
                >
                  {i === 0 ? (
                    <>
                      <span className="quick-cash-exact">
                        {t('pay.exact')} <kbd>F10</kbd>
                      </span>
                      <small>{formatRupiah(amount)}</small>
                    </>
                  ) : (
                    formatRupiah(amount)
                  )}
                </button>
              ))}
          </div>

          <div className="change">
            <span>{t('pay.change')}</span>
            <strong data-testid="change-amount">{change === null ? '–' : formatRupiah(change)}</strong>
            {change === null && cash > 0 && (
              <span className="short" data-testid="pay-short">
                {t('pay.short', { amount: formatRupiah(due - cash) })}
              </span>
            )}
          </div>
        </>
      ) : (
        <NonCashEntry
          method={method}
          left={left}
          amountText={amountText}
          amountError={amountError}
          finishes={partAmount === left}
          partAmount={partAmount}
          reference={reference}
          qrisPayload={qrisPayload}
          qrisReady={Boolean(settings?.qrisStatic)}
          merchant={settings?.qrisMerchant ?? null}
          disabled={saving}
          onAmount={(text) => {
            setAmountText(groupAsTyped(amountText, text));
            setAmountError(null);
            setError(null);
          }}
          onReference={setReference}
          onAdd={addPart}
        />
      )}

      {error && (
        <Banner tone="error" testId="error-message">
          {error}
        </Banner>
      )}

      {approvalReason && (
        <ApprovalDialog
          reason={approvalReason}
          onClose={() => setApprovalReason(null)}
          onApprove={async (approval) => {
            const result = await commit(commitInput(tenders(!paidByOthers, cash), approval), {
              rethrow: true,
            });
            if (result.kind === 'sold') {
              setApprovalReason(null);
              onDone(result.sale);
            }
          }}
        />
      )}
    </Dialog>
  );
}

/** The QRIS payload with the amount, or null when the stored static QRIS cannot take one. */
function safeQris(staticPayload: string, amount: number): string | null {
  try {
    return qrisWithAmount(staticPayload, amount);
  } catch {
    return null;
  }
}

interface NonCashEntryProps {
  method: Exclude<PaymentMethod, 'cash'>;
  left: number;
  amountText: string;
  amountError: string | null;
  /** The part pays everything left: adding it completes the sale. */
  finishes: boolean;
  partAmount: number;
  reference: string;
  qrisPayload: string | null;
  qrisReady: boolean;
  merchant: { name: string; city: string } | null;
  disabled: boolean;
  onAmount: (text: string) => void;
  onReference: (text: string) => void;
  onAdd: () => void;
}

function NonCashEntry(props: NonCashEntryProps) {
  const t = useT();
  const { method, left, partAmount } = props;
  if (method === 'qris' && !props.qrisReady) {
    return (
      <Banner tone="warn" testId="qris-not-set">
        {t('pay.qris.notSet')}
      </Banner>
    );
  }
  // A QRIS part is added only with its button, once the money is seen on the booth's phone: Enter
  // in a field does not add it. A transfer or card part is added with Enter too.
  const byEnter = method !== 'qris';
  return (
    <form
      noValidate
      className="noncash"
      onSubmit={(event) => {
        event.preventDefault();
        if (byEnter) props.onAdd();
      }}
    >
      <div className="till-big-field pay-rp">
        <MoneyField
          label={t('pay.part.amount')}
          optional
          testId="part-amount"
          messageTestId="part-amount-error"
          placeholder={formatNumber(left)}
          value={props.amountText}
          error={props.amountError}
          disabled={props.disabled}
          onChange={props.onAmount}
        />
      </div>
      <FormRow label={t(method === 'qris' ? 'pay.part.qrisRef' : 'pay.part.reference')}>
        <input
          data-testid="part-reference"
          maxLength={64}
          autoComplete="off"
          value={props.reference}
          disabled={props.disabled}
          onChange={(e) => props.onReference(e.target.value)}
        />
      </FormRow>
      {method === 'qris' && props.qrisPayload && (
        <figure className="qris-figure">
          <QrCode
            size={200}
            data={props.qrisPayload}
            label={t('pay.qris.scan', { amount: formatRupiah(partAmount) })}
          />
          <figcaption>
            <strong data-testid="qris-amount">{formatRupiah(partAmount)}</strong>
            {props.merchant && (
              <span className="muted" data-testid="qris-merchant">
                {props.merchant.name} · {props.merchant.city}
              </span>
            )}
            <span className="muted">{t('pay.qris.help')}</span>
          </figcaption>
        </figure>
      )}
      <button
        type={byEnter ? 'submit' : 'button'}
        className="btn btn-primary"
        data-testid="part-add"
        disabled={props.disabled || partAmount <= 0}
        onClick={byEnter ? undefined : props.onAdd}
      >
        {method === 'qris'
          ? t('pay.qris.received')
          : props.finishes
            ? t('pay.part.addFinish')
            : t('pay.part.add')}
      </button>
    </form>
  );
}

/** The engine's own numbers, not the cart's: it is the authority on what was sold. */
function SaleDone({ sale, onNewSale }: { sale: Sale; onNewSale: () => void }) {
  const t = useT();
  return (
    <Dialog
      title={t('pay.done')}
      onClose={onNewSale}
      className="pay-dialog sale-done"
      footer={
        <button
          type="button"
          className="btn btn-primary btn-big"
          data-testid="new-sale"
          data-autofocus
          onClick={onNewSale}
        >
          {t('pay.newSale')}
        </button>
      }
    >
      <dl className="receipt">
        <dt>{t('pay.receiptNo')}</dt>
        <dd data-testid="receipt-no">{sale.receiptNo}</dd>
        <dt>{t('pay.total')}</dt>
        <dd data-testid="sale-total">{formatRupiah(sale.total)}</dd>
        {sale.payments.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: stored payments keep their order
          <PaymentRow key={i} label={t(`pay.method.${p.method}` as MessageKey)} amount={p.tendered} />
        ))}
        <dt>{t('pay.change')}</dt>
        <dd className="receipt-change" data-testid="change-amount">
          {formatRupiah(sale.change)}
        </dd>
      </dl>
      <SalePrinting receiptNo={sale.receiptNo} />
    </Dialog>
  );
}

function PaymentRow({ label, amount }: { label: string; amount: number }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid="sale-paid">{formatRupiah(amount)}</dd>
    </>
  );
}

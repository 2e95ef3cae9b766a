// Cash payment: take the cash, show the change, commit the sale once, then show the receipt number.
import { useRef, useState } from 'react';
import type { Sale } from '../../shared/contract';
import { formatNumber, formatRupiah } from '../../shared/money';
import { cashChange, quickCashAmounts } from '../../shared/pricing';
import { ApiError, call } from '../api/client';
import { useT } from '../i18n';
import { type CartLine, useCart } from '../stores/cart';
import { Modal } from './Modal';
import { parseCash } from './parseInput';
import { SalePrinting } from './printing/SalePrinting';

interface PayDialogProps {
  lines: readonly CartLine[];
  total: number;
  onClose: () => void;
}

export function PayDialog({ lines, total, onClose }: PayDialogProps) {
  const [sale, setSale] = useState<Sale | null>(null);

  if (sale) return <SaleDone sale={sale} onNewSale={onClose} />;
  return <CashEntry lines={lines} total={total} onClose={onClose} onDone={setSale} />;
}

interface CashEntryProps extends PayDialogProps {
  onDone: (sale: Sale) => void;
}

function CashEntry({ lines, total, onClose, onDone }: CashEntryProps) {
  const t = useT();
  const [cash, setCash] = useState(0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cashInput = useRef<HTMLInputElement>(null);
  // State updates are async; the ref stops a fast double Enter from sending two sales.
  const inFlight = useRef(false);

  const change = cashChange(total, cash);
  const canConfirm = change !== null && !saving;

  const confirm = async () => {
    if (inFlight.current || cashChange(total, cash) === null) return;
    inFlight.current = true;
    setSaving(true);
    setError(null);
    try {
      const sale = await call('sales.commitCash', {
        lines: lines.map((line) => ({ productId: line.product.id, qty: line.qtyMilli / 1000 })),
        cashTendered: cash,
      });
      // The sale is stored: empty the cart now so closing the receipt can never sell it twice.
      useCart.getState().clear();
      onDone(sale);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('api.unreachable'));
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };

  const pickAmount = (amount: number) => {
    setCash(amount);
    setError(null);
    cashInput.current?.focus();
  };

  return (
    <Modal title={t('pay.title')} onClose={onClose} canClose={!saving} className="pay-dialog">
      <div className="pay-total">
        <span>{t('pay.total')}</span>
        <strong data-testid="pay-total">{formatRupiah(total)}</strong>
      </div>

      <label className="field">
        <span>{t('pay.cash')}</span>
        <span className="cash-field">
          <span className="cash-prefix" aria-hidden="true">
            Rp
          </span>
          <input
            ref={cashInput}
            className="big-input cash-input"
            data-testid="cash-input"
            data-autofocus
            inputMode="numeric"
            autoComplete="off"
            value={cash === 0 ? '' : formatNumber(cash)}
            disabled={saving}
            onChange={(event) => {
              setCash(parseCash(event.target.value));
              setError(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void confirm();
              }
            }}
          />
        </span>
      </label>

      <div className="quick-cash">
        {/* Ascending, so the exact amount (always the smallest) stays first. */}
        {quickCashAmounts(total).map((amount, i) => (
          <button
            key={amount}
            type="button"
            className="btn"
            data-testid="quick-cash"
            data-amount={amount}
            disabled={saving}
            onClick={() => pickAmount(amount)}
          >
            {i === 0 ? (
              <>
                <span>{t('pay.exact')}</span>
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
          <span className="short">{t('pay.short', { amount: formatRupiah(total - cash) })}</span>
        )}
      </div>

      {error && (
        <p className="error" role="alert" data-testid="error-message">
          {error}
        </p>
      )}

      <div className="modal-actions">
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
      </div>
    </Modal>
  );
}

/** The engine's own numbers, not the cart's: it is the authority on what was sold. */
function SaleDone({ sale, onNewSale }: { sale: Sale; onNewSale: () => void }) {
  const t = useT();
  return (
    <Modal title={t('pay.done')} onClose={onNewSale} className="pay-dialog sale-done">
      <dl className="receipt">
        <dt>{t('pay.receiptNo')}</dt>
        <dd data-testid="receipt-no">{sale.receiptNo}</dd>
        <dt>{t('pay.total')}</dt>
        <dd data-testid="sale-total">{formatRupiah(sale.total)}</dd>
        <dt>{t('pay.cash')}</dt>
        <dd data-testid="sale-paid">{formatRupiah(sale.paid)}</dd>
        <dt>{t('pay.change')}</dt>
        <dd className="receipt-change" data-testid="change-amount">
          {formatRupiah(sale.change)}
        </dd>
      </dl>
      <SalePrinting receiptNo={sale.receiptNo} />
      <div className="modal-actions">
        <button
          type="button"
          className="btn btn-primary btn-big"
          data-testid="new-sale"
          data-autofocus
          onClick={onNewSale}
        >
          {t('pay.newSale')}
        </button>
      </div>
    </Modal>
  );
}

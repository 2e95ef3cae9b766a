// Refund: some or all of a sale's lines, up to what is still refundable, on any later day. The
// amount per line is the line's share of what the buyer paid (shared/refundAmount.ts), so the
// number here is the number the engine stores. The engine checks every quantity again.
import { useState } from 'react';
import type { SaleDetail } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatQty } from '../../../shared/quantity';
import { refundLineAmount } from '../../../shared/refundAmount';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../shared/settlement';
import { call } from '../../api/client';
import { Modal } from '../../components/Modal';
import { ApprovalDialog } from '../../components/till/ApprovalDialog';
import { type MessageKey, useT } from '../../i18n';
import { refundQtyMilli, typedQty } from './refundQty';
import { useApprovedCall } from './useApprovedCall';

interface RefundDialogProps {
  detail: SaleDetail;
  onClose: () => void;
  onDone: (detail: SaleDetail, refundNo: string) => void;
}

export function RefundDialog({ detail, onClose, onDone }: RefundDialogProps) {
  const t = useT();
  const [qty, setQty] = useState<Record<number, string>>({});
  const [reason, setReason] = useState('');
  // The buyer's own way of paying is the usual way back.
  const [method, setMethod] = useState<PaymentMethod>(detail.sale.payments[0]?.method ?? 'cash');
  const [reference, setReference] = useState('');
  const refundable = detail.sale.lines.flatMap((line) => {
    const state = detail.lines.find((l) => l.lineNo === line.lineNo);
    return state && state.refundableMilli > 0 ? [{ line, state }] : [];
  });

  const chosen = refundable.flatMap(({ line, state }) => {
    const milli = refundQtyMilli(qty[line.lineNo] ?? '', line.soldByWeight);
    return milli ? [{ line, state, milli }] : [];
  });
  // Within what may come back the amount is the engine's; past it the engine refuses and says why.
  const amount = chosen.reduce(
    (sum, { state, milli }) =>
      sum +
      refundLineAmount(
        state.netAmount,
        state.soldMilli,
        state.refundedMilli,
        Math.min(milli, state.refundableMilli),
      ),
    0,
  );
  const everything = () =>
    setQty(
      Object.fromEntries(
        refundable.map(({ line, state }) => [
          line.lineNo,
          typedQty(state.refundableMilli, line.soldByWeight),
        ]),
      ),
    );

  const request = useApprovedCall(
    (approval) =>
      call('sales.refund', {
        receiptNo: detail.sale.receiptNo,
        lines: chosen.map(({ line, milli }) => ({ lineNo: line.lineNo, qty: milli / 1000 })),
        reason,
        method,
        ...(method !== 'cash' && reference.trim() ? { reference: reference.trim() } : {}),
        ...(approval ? { approval } : {}),
      }),
    (result) => onDone(result.detail, result.refund.refundNo),
  );

  const submit = () => {
    const bad = refundable.find(
      ({ line }) => refundQtyMilli(qty[line.lineNo] ?? '', line.soldByWeight) === null,
    );
    if (bad) return request.setError(t('sales.refundQtyInvalid', { name: bad.line.name }));
    if (chosen.length === 0) return request.setError(t('sales.refundNothing'));
    void request.run();
  };

  return (
    <Modal
      title={t('sales.refundTitle', { receiptNo: detail.sale.receiptNo })}
      onClose={onClose}
      canClose={!request.busy}
      className="refund-dialog"
    >
      <form
        className="line-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="refund-lines">
          <table className="cat-table">
            <tbody>
              {refundable.map(({ line, state }, i) => (
                <tr key={line.lineNo} data-testid="refund-line" data-sku={line.sku}>
                  <td>
                    <label htmlFor={`refund-qty-${line.lineNo}`}>{line.name}</label>
                    <span className="cat-sub">
                      {t('sales.refundable', {
                        qty: formatQty(state.refundableMilli, line.soldByWeight),
                        unit: line.unit,
                      })}
                    </span>
                  </td>
                  <td>
                    <div className="refund-qty-cell">
                      <input
                        id={`refund-qty-${line.lineNo}`}
                        data-testid="refund-qty"
                        data-autofocus={i === 0 ? true : undefined}
                        inputMode={line.soldByWeight ? 'decimal' : 'numeric'}
                        autoComplete="off"
                        placeholder="0"
                        value={qty[line.lineNo] ?? ''}
                        onChange={(e) => setQty({ ...qty, [line.lineNo]: e.target.value })}
                      />
                      <span className="refund-unit">{line.unit}</span>
                      <button
                        type="button"
                        className="btn btn-small"
                        data-testid="refund-line-all"
                        aria-label={t('sales.refundLineAll', { name: line.name })}
                        onClick={() =>
                          setQty({
                            ...qty,
                            [line.lineNo]: typedQty(state.refundableMilli, line.soldByWeight),
                          })
                        }
                      >
                        {t('sales.all')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          className="btn btn-small btn-quiet refund-all"
          data-testid="refund-all"
          onClick={everything}
        >
          {t('sales.refundEverything')}
        </button>
        <fieldset className="refund-methods" data-testid="refund-methods">
          <legend>{t('sales.refundMethod')}</legend>
          {PAYMENT_METHODS.map((m) => (
            <label
              key={m}
              className={method === m ? 'btn refund-method-on' : 'btn'}
              data-testid={`refund-method-${m}`}
            >
              <input
                type="radio"
                name="refund-method"
                value={m}
                checked={method === m}
                onChange={() => setMethod(m)}
              />
              {t(`pay.method.${m}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <div className="refund-fields">
          <label className="field">
            <span>{t('sales.reason')}</span>
            <input
              data-testid="refund-reason"
              maxLength={200}
              placeholder={t('sales.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          {method !== 'cash' && (
            <label className="field">
              <span>{t('sales.refundReference')}</span>
              <input
                data-testid="refund-reference"
                maxLength={64}
                value={reference}
                onChange={(e) => setReference(e.target.value)}
              />
            </label>
          )}
        </div>
        {request.error && (
          <p className="error" role="alert" data-testid="refund-error">
            {request.error}
          </p>
        )}
        <div className="modal-actions refund-actions">
          <p className="refund-amount" aria-live="polite">
            {t('sales.refundAmount')} <strong data-testid="refund-amount">{formatRupiah(amount)}</strong>
          </p>
          <button type="button" className="btn" disabled={request.busy} onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            data-testid="refund-submit"
            disabled={request.busy}
          >
            {t('sales.refund')}
          </button>
        </div>
      </form>
      {request.approvalReason && (
        <ApprovalDialog
          reason={request.approvalReason}
          onClose={request.closeApproval}
          onApprove={request.approve}
        />
      )}
    </Modal>
  );
}

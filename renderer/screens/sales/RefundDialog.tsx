// Refund: some or all of a sale's lines, up to what is still refundable, on any later day. The
// amount per line is the line's share of what the buyer paid (shared/refundAmount.ts), so the
// number here is the number the engine stores.
import { useState } from 'react';
import type { SaleDetail } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatQty } from '../../../shared/quantity';
import { refundLineAmount } from '../../../shared/refundAmount';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../shared/settlement';
import { call } from '../../api/client';
import { Modal } from '../../components/Modal';
import { parseWeightKg } from '../../components/parseInput';
import { ApprovalDialog } from '../../components/till/ApprovalDialog';
import { type MessageKey, useT } from '../../i18n';
import { useApprovedCall } from './useApprovedCall';

interface RefundDialogProps {
  detail: SaleDetail;
  onClose: () => void;
  onDone: (detail: SaleDetail, refundNo: string) => void;
}

/** What the cashier typed for a line, as milli-units; null when it is not a valid quantity. */
function qtyMilliOf(text: string, soldByWeight: boolean): number | null {
  if (text.trim() === '') return 0;
  if (soldByWeight) {
    const weight = parseWeightKg(text);
    return weight.ok ? weight.qtyMilli : null;
  }
  return /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) * 1000 : null;
}

export function RefundDialog({ detail, onClose, onDone }: RefundDialogProps) {
  const t = useT();
  const [qty, setQty] = useState<Record<number, string>>({});
  const [reason, setReason] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [reference, setReference] = useState('');
  const refundable = detail.sale.lines.filter(
    (line) => (detail.lines.find((l) => l.lineNo === line.lineNo)?.refundableMilli ?? 0) > 0,
  );

  const chosen = refundable.flatMap((line) => {
    const milli = qtyMilliOf(qty[line.lineNo] ?? '', line.soldByWeight);
    return milli ? [{ line, milli }] : [];
  });
  const amount = chosen.reduce((sum, { line, milli }) => {
    const state = detail.lines.find((l) => l.lineNo === line.lineNo);
    return state ? sum + refundLineAmount(state.netAmount, state.soldMilli, state.refundedMilli, milli) : sum;
  }, 0);

  const request = useApprovedCall(
    (approval) =>
      call('sales.refund', {
        receiptNo: detail.sale.receiptNo,
        lines: chosen.map(({ line, milli }) => ({ lineNo: line.lineNo, qty: milli / 1000 })),
        reason,
        method,
        ...(reference.trim() ? { reference: reference.trim() } : {}),
        ...(approval ? { approval } : {}),
      }),
    (result) => onDone(result.detail, result.refund.refundNo),
  );

  const submit = () => {
    const bad = refundable.find((line) => qtyMilliOf(qty[line.lineNo] ?? '', line.soldByWeight) === null);
    if (bad) return request.setError(t('sales.refundQtyInvalid', { name: bad.name }));
    if (chosen.length === 0) return request.setError(t('sales.refundNothing'));
    void request.run();
  };

  return (
    <Modal
      title={t('sales.refundTitle', { receiptNo: detail.sale.receiptNo })}
      onClose={onClose}
      className="refund-dialog"
    >
      <form
        className="line-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <table className="cat-table">
          <tbody>
            {refundable.map((line, i) => {
              const state = detail.lines.find((l) => l.lineNo === line.lineNo);
              return (
                <tr key={line.lineNo} data-testid="refund-line" data-sku={line.sku}>
                  <td>
                    {line.name}
                    <span className="cat-sub">
                      {t('sales.refundable', {
                        qty: formatQty(state?.refundableMilli ?? 0, line.soldByWeight),
                        unit: line.unit,
                      })}
                    </span>
                  </td>
                  <td>
                    <input
                      aria-label={t('sales.refundQty', { name: line.name })}
                      data-testid="refund-qty"
                      data-autofocus={i === 0 ? true : undefined}
                      inputMode="decimal"
                      placeholder="0"
                      value={qty[line.lineNo] ?? ''}
                      onChange={(e) => setQty({ ...qty, [line.lineNo]: e.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <label className="field">
          <span>{t('sales.refundMethod')}</span>
          <select
            data-testid="refund-method"
            value={method}
            onChange={(e) => setMethod(e.target.value as PaymentMethod)}
          >
            {PAYMENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`pay.method.${m}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        {method !== 'cash' && (
          <label className="field">
            <span>{t('pay.part.reference')}</span>
            <input
              data-testid="refund-reference"
              maxLength={64}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          </label>
        )}
        <label className="field">
          <span>{t('sales.reason')}</span>
          <input
            data-testid="refund-reason"
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <p className="refund-amount">
          {t('sales.refundAmount')} <strong data-testid="refund-amount">{formatRupiah(amount)}</strong>
        </p>
        {request.error && (
          <p className="error" role="alert" data-testid="refund-error">
            {request.error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
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

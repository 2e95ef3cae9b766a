// Refund: some or all of a sale's lines, up to what is still refundable, on any later day. The
// amount per line is the line's share of what the buyer paid (shared/refundAmount.ts), so the
// number here is the number the engine stores. The engine checks every quantity again.
import { useId, useState } from 'react';
import type { SaleDetail } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatQty } from '../../../shared/quantity';
import { refundLineAmount } from '../../../shared/refundAmount';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../shared/settlement';
import { call } from '../../api/client';
import { ApprovalDialog } from '../../components/till/ApprovalDialog';
import { Banner, type Column, DataTable, Dialog, FormRow, QtyField, readQty } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { refundQtyMilli, typedQty } from './refundQty';
import { useApprovedCall } from './useApprovedCall';

interface Refundable {
  line: SaleDetail['sale']['lines'][number];
  state: SaleDetail['lines'][number];
}

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
  // After a refund was tried, every quantity that cannot be read says why under its field.
  const [tried, setTried] = useState(false);
  const formId = useId();
  const refundable: Refundable[] = detail.sale.lines.flatMap((line) => {
    const state = detail.lines.find((l) => l.lineNo === line.lineNo);
    return state && state.refundableMilli > 0 ? [{ line, state }] : [];
  });
  /** Why a line's typed quantity cannot go: not a quantity, or more than may still come back. */
  const problem = ({ line, state }: Refundable): string | null => {
    const text = qty[line.lineNo] ?? '';
    if (text.trim() === '') return null;
    const read = readQty(text, { soldByWeight: line.soldByWeight, zero: true });
    if (!read.ok) return t(read.error);
    return read.value > state.refundableMilli
      ? t('sales.refundTooMany', {
          qty: formatQty(state.refundableMilli, line.soldByWeight),
          unit: line.unit,
        })
      : null;
  };

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
    setTried(true);
    const bad = refundable.find((item) => problem(item) !== null);
    if (bad) return request.setError(t('sales.refundQtyInvalid', { name: bad.line.name }));
    if (chosen.length === 0) return request.setError(t('sales.refundNothing'));
    void request.run();
  };

  const columns: Column<Refundable>[] = [
    {
      key: 'item',
      header: t('sales.items'),
      cell: ({ line, state }) => (
        <>
          {line.name}
          <span className="ui-sub sale-notes">
            {t('sales.refundable', {
              qty: formatQty(state.refundableMilli, line.soldByWeight),
              unit: line.unit,
            })}
          </span>
        </>
      ),
    },
    {
      key: 'qty',
      header: t('sales.refundQty'),
      cell: (item) => {
        const { line, state } = item;
        const text = qty[line.lineNo] ?? '';
        const over = (refundQtyMilli(text, line.soldByWeight) ?? 0) > state.refundableMilli;
        return (
          <span className="refund-qty-cell">
            <QtyField
              testId="refund-qty"
              messageTestId="refund-qty-error"
              ariaLabel={t('sales.refundQtyOf', { name: line.name })}
              rules={{ soldByWeight: line.soldByWeight, zero: true }}
              value={text}
              error={tried || over ? problem(item) : null}
              onChange={(next) => {
                request.setError(null);
                setQty({ ...qty, [line.lineNo]: next });
              }}
            />
            <span className="refund-unit">{line.unit}</span>
          </span>
        );
      },
    },
    {
      key: 'all',
      header: '',
      headerLabel: t('sales.all'),
      kind: 'action',
      cell: ({ line, state }) => (
        <button
          type="button"
          className="btn btn-small"
          data-testid="refund-line-all"
          aria-label={t('sales.refundLineAll', { name: line.name })}
          onClick={() =>
            setQty({ ...qty, [line.lineNo]: typedQty(state.refundableMilli, line.soldByWeight) })
          }
        >
          {t('sales.all')}
        </button>
      ),
    },
  ];

  return (
    <Dialog
      title={t('sales.refundTitle', { receiptNo: detail.sale.receiptNo })}
      onClose={onClose}
      canClose={!request.busy}
      className="refund-dialog"
      footer={
        <>
          <p className="refund-amount" aria-live="polite">
            {t('sales.refundAmount')} <strong data-testid="refund-amount">{formatRupiah(amount)}</strong>
          </p>
          <button type="button" className="btn" disabled={request.busy} onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className="btn btn-primary"
            data-testid="refund-submit"
            disabled={request.busy}
          >
            {t('sales.refund')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="refund-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <DataTable
          columns={columns}
          rows={refundable}
          rowKey={({ line }) => line.lineNo}
          rowProps={({ line }) => ({ 'data-testid': 'refund-line', 'data-sku': line.sku })}
          testId="refund-lines"
        />
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
          <FormRow label={t('sales.reason')} required>
            <input
              data-testid="refund-reason"
              maxLength={200}
              placeholder={t('sales.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </FormRow>
          {method !== 'cash' && (
            <FormRow label={t('sales.refundReference')}>
              <input
                data-testid="refund-reference"
                maxLength={64}
                value={reference}
                onChange={(e) => setReference(e.target.value)}
              />
            </FormRow>
          )}
        </div>
        {request.error && (
          <Banner tone="error" testId="refund-error">
            {request.error}
          </Banner>
        )}
      </form>
      {request.approvalReason && (
        <ApprovalDialog
          reason={request.approvalReason}
          onClose={request.closeApproval}
          onApprove={request.approve}
        />
      )}
    </Dialog>
  );
}

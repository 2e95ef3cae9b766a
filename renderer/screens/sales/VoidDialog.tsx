// Void: the whole sale, on its own business day before the Z, with a reason and a manager's PIN.
import { useState } from 'react';
import type { SaleDetail } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { call } from '../../api/client';
import { Modal } from '../../components/Modal';
import { ApprovalDialog } from '../../components/till/ApprovalDialog';
import { useT } from '../../i18n';
import { useApprovedCall } from './useApprovedCall';

interface VoidDialogProps {
  detail: SaleDetail;
  onClose: () => void;
  onDone: (detail: SaleDetail) => void;
}

export function VoidDialog({ detail, onClose, onDone }: VoidDialogProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const request = useApprovedCall(
    (approval) =>
      call('sales.void', { receiptNo: detail.sale.receiptNo, reason, ...(approval ? { approval } : {}) }),
    onDone,
  );
  return (
    <Modal
      title={t('sales.voidTitle', { receiptNo: detail.sale.receiptNo })}
      onClose={onClose}
      canClose={!request.busy}
      className="line-dialog"
    >
      <form
        className="line-form"
        onSubmit={(e) => {
          e.preventDefault();
          void request.run();
        }}
      >
        <p>{t('sales.voidHelp', { amount: formatRupiah(detail.sale.total) })}</p>
        <label className="field">
          <span>{t('sales.reason')}</span>
          <input
            data-testid="void-reason"
            data-autofocus
            maxLength={200}
            placeholder={t('sales.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        {request.error && (
          <p className="error" role="alert" data-testid="void-error">
            {request.error}
          </p>
        )}
        <div className="modal-actions">
          {/* "Batal" beside "Batalkan" read as the same word: leave with "Kembali", act with the whole phrase. */}
          <button
            type="button"
            className="btn"
            data-testid="void-back"
            disabled={request.busy}
            onClick={onClose}
          >
            {t('sales.voidBack')}
          </button>
          <button type="submit" className="btn btn-danger" data-testid="void-submit" disabled={request.busy}>
            {t('sales.voidConfirm')}
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

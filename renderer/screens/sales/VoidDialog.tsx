// Void: the whole sale, on its own business day before the Z, with a reason and a manager's PIN.
import { useId, useState } from 'react';
import type { SaleDetail } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { call } from '../../api/client';
import { ApprovalDialog } from '../../components/till/ApprovalDialog';
import { Banner, Dialog, FormRow } from '../../components/ui';
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
  const formId = useId();
  return (
    <Dialog
      title={t('sales.voidTitle', { receiptNo: detail.sale.receiptNo })}
      onClose={onClose}
      canClose={!request.busy}
      className="void-dialog"
      footer={
        <>
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
          <button
            type="submit"
            form={formId}
            className="btn btn-danger"
            data-testid="void-submit"
            disabled={request.busy}
          >
            {t('sales.voidConfirm')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="void-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void request.run();
        }}
      >
        <p>{t('sales.voidHelp', { amount: formatRupiah(detail.sale.total) })}</p>
        <FormRow label={t('sales.reason')} required>
          <input
            data-testid="void-reason"
            data-autofocus
            maxLength={200}
            placeholder={t('sales.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormRow>
        {request.error && (
          <Banner tone="error" testId="void-error">
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

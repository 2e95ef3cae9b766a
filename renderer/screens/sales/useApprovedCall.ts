// Sends a request that may need a manager: on APPROVAL_REQUIRED the approval dialog opens and the
// same request goes again with the manager's PIN. Other refusals show their Indonesian message.
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { Approval } from '../../components/till/ApprovalDialog';
import { useT } from '../../i18n';

export function useApprovedCall<T>(send: (approval?: Approval) => Promise<T>, onDone: (result: T) => void) {
  const t = useT();
  const [approvalReason, setApprovalReason] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await send());
    } catch (err) {
      if (err instanceof ApiError && err.code === 'APPROVAL_REQUIRED') setApprovalReason(err.message);
      else setError(err instanceof ApiError ? err.message : t('api.unreachable'));
    } finally {
      setBusy(false);
    }
  };

  /** For the approval dialog: throws on a refusal so the dialog shows it and stays open. */
  const approve = async (approval: Approval) => {
    const result = await send(approval);
    setApprovalReason(null);
    onDone(result);
  };

  return {
    run,
    approve,
    approvalReason,
    closeApproval: () => setApprovalReason(null),
    error,
    setError,
    busy,
  };
}

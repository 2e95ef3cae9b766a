// Before the first sale: the cashier counts the float in the drawer and opens her shift. Shown in
// place of the cart, so the rest of the app (other screens, signing out) stays reachable.
import { type FormEvent, useRef, useState } from 'react';
import type { Shift } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatLongDay } from '../../../shared/time';
import { ApiError, call } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { Banner } from '../ui';
import './shift.css';
import { CashCountFields, type CountDraft, countOf, countReadable, totalOf } from './CashCountFields';

export function OpenShiftPanel({
  businessDay,
  onOpened,
}: {
  businessDay: string;
  onOpened: (shift: Shift) => void;
}) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [draft, setDraft] = useState<CountDraft>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // A box the count cannot read says why under it; the float is not opened with a guess.
    if (!countReadable(draft)) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onOpened(await call('shifts.open', { openingFloat: totalOf(draft), count: countOf(draft) }));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('api.unreachable'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="cart open-shift" aria-label={t('shift.openTitle')} data-testid="open-shift">
      <form noValidate ref={form} className="open-shift-form" onSubmit={(e) => void submit(e)}>
        <h2>{t('shift.openTitle')}</h2>
        <p className="muted" data-testid="open-shift-help">
          {t('shift.openHelp', { day: formatLongDay(businessDay, lang) })}
        </p>
        <CashCountFields draft={draft} onChange={setDraft} />
        {error && (
          <Banner tone="error" testId="open-shift-error">
            {error}
          </Banner>
        )}
        <button type="submit" className="btn btn-pay" data-testid="open-shift-submit" disabled={busy}>
          {t('shift.open', { amount: formatRupiah(totalOf(draft)) })}
        </button>
      </form>
    </aside>
  );
}

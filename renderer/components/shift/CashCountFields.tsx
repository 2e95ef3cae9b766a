// Counting the drawer by denomination: one box per note and coin, the total worked out as she types.
import { DENOMINATIONS } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { useT } from '../../i18n';
import './cashCount.css';

export type CountDraft = Record<string, string>;

export function countOf(draft: CountDraft): Record<string, number> {
  const count: Record<string, number> = {};
  for (const d of DENOMINATIONS) {
    const pieces = Number((draft[String(d)] ?? '').replace(/\D/g, '') || '0');
    if (pieces > 0) count[String(d)] = pieces;
  }
  return count;
}

export function totalOf(draft: CountDraft): number {
  return Object.entries(countOf(draft)).reduce((sum, [d, pieces]) => sum + Number(d) * pieces, 0);
}

export function CashCountFields({
  draft,
  onChange,
}: {
  draft: CountDraft;
  onChange: (draft: CountDraft) => void;
}) {
  const t = useT();
  return (
    <div className="cash-count">
      <div className="cash-count-grid">
        {DENOMINATIONS.map((d, i) => (
          <label key={d} className="cash-count-row">
            <span>{formatRupiah(d)}</span>
            <input
              data-testid={`count-${d}`}
              data-autofocus={i === 0 ? true : undefined}
              inputMode="numeric"
              autoComplete="off"
              maxLength={5}
              placeholder="0"
              value={draft[String(d)] ?? ''}
              onChange={(e) => onChange({ ...draft, [String(d)]: e.target.value.replace(/\D/g, '') })}
            />
          </label>
        ))}
      </div>
      <p className="cash-count-total">
        {t('shift.countTotal')} <strong data-testid="count-total">{formatRupiah(totalOf(draft))}</strong>
      </p>
    </div>
  );
}

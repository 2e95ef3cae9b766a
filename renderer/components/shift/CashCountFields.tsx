// Counting the drawer by denomination: one box per note and coin (how many pieces, through the kit's
// quantity field, which says in place what it cannot read), the total worked out as she types.
import { DENOMINATIONS } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { useT } from '../../i18n';
import { QtyField, readQty } from '../ui';
import './cashCount.css';

export type CountDraft = Record<string, string>;

/** Whole pieces; an empty box or 0 is none of that note. */
const PIECES = { soldByWeight: false, zero: true } as const;

/** The pieces of each note and coin the boxes hold; a box it cannot read counts as none. */
export function countOf(draft: CountDraft): Record<string, number> {
  const count: Record<string, number> = {};
  for (const d of DENOMINATIONS) {
    const read = readQty(draft[String(d)] ?? '', PIECES);
    if (read.ok && read.value > 0) count[String(d)] = read.value / 1000;
  }
  return count;
}

/**
 * True when every box is empty or holds a whole count: a count that cannot be read must be fixed
 * (its box says why) before the drawer is closed or opened with it.
 */
export function countReadable(draft: CountDraft): boolean {
  return DENOMINATIONS.every((d) => {
    const text = (draft[String(d)] ?? '').trim();
    return text === '' || readQty(text, PIECES).ok;
  });
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
        {DENOMINATIONS.map((d) => (
          <QtyField
            key={d}
            label={formatRupiah(d)}
            rules={PIECES}
            testId={`count-${d}`}
            messageTestId={`count-${d}-error`}
            value={draft[String(d)] ?? ''}
            onChange={(text) => onChange({ ...draft, [String(d)]: text })}
          />
        ))}
      </div>
      <p className="cash-count-total">
        {t('shift.countTotal')} <strong data-testid="count-total">{formatRupiah(totalOf(draft))}</strong>
      </p>
    </div>
  );
}

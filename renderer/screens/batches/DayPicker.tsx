// The closed days to choose from. A normal export takes days oldest first without skipping (the
// engine insists), so ticking a day ticks the older waiting days too and unticking one unticks the
// newer ones. A re-export chooses freely among days that went out before.
import type { ClosedDayInfo } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatLongDay } from '../../../shared/time';
import { useLang, useT } from '../../i18n';

const exported = (day: ClosedDayInfo) => day.batches.some((b) => !b.reexport);

/** The selection after toggling `day`, keeping the rule above. */
export function toggleDay(
  days: readonly ClosedDayInfo[],
  selected: ReadonlySet<string>,
  day: string,
  reexport: boolean,
): Set<string> {
  const next = new Set(selected);
  if (reexport) {
    if (next.has(day)) next.delete(day);
    else next.add(day);
    return next;
  }
  const pending = days.filter((d) => !exported(d)).map((d) => d.day);
  const at = pending.indexOf(day);
  if (at < 0) return next;
  if (next.has(day)) for (const d of pending.slice(at)) next.delete(d);
  else for (const d of pending.slice(0, at + 1)) next.add(d);
  return next;
}

export function DayPicker(props: {
  days: readonly ClosedDayInfo[];
  selected: ReadonlySet<string>;
  reexport: boolean;
  onToggle: (day: string) => void;
}) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  if (props.days.length === 0) return <p className="muted">{t('batches.daysEmpty')}</p>;
  return (
    <table className="batches-table" data-testid="batches-days">
      <thead>
        <tr>
          <th>{t('batches.col.pick')}</th>
          <th>{t('batches.col.day')}</th>
          <th>{t('batches.col.z')}</th>
          <th className="batches-num">{t('batches.col.sales')}</th>
          <th className="batches-num">{t('batches.col.net')}</th>
          <th>{t('batches.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {props.days.map((day) => {
          const sent = exported(day);
          const enabled = props.reexport ? sent : !sent;
          const status =
            day.batches.length === 0
              ? t('batches.pending')
              : day.batches
                  .map((b) => t(b.reexport ? 'batches.inReexport' : 'batches.inBatch', { seq: b.seq }))
                  .join(', ');
          return (
            <tr
              key={day.day}
              data-testid="batches-day"
              data-day={day.day}
              className={enabled ? '' : 'batches-off'}
            >
              <td>
                <input
                  type="checkbox"
                  data-testid="batches-day-pick"
                  aria-label={formatLongDay(day.day, lang)}
                  checked={props.selected.has(day.day)}
                  disabled={!enabled}
                  onChange={() => props.onToggle(day.day)}
                />
              </td>
              <td>{formatLongDay(day.day, lang, true)}</td>
              <td>{day.zNo}</td>
              <td className="batches-num">{day.salesCount}</td>
              <td className="batches-num">{formatRupiah(day.net)}</td>
              <td>{status}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

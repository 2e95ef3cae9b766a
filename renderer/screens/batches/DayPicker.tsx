// The closed days to choose from. A normal export takes days oldest first without skipping (the
// engine insists), so ticking a day ticks the older waiting days too and unticking one unticks the
// newer ones. A re-export chooses freely among days that went out before. A day sold on after its
// Z has two Z reports: it shows as one row with both numbers, waiting while any of its Zs has not
// gone out.
import type { ClosedDayInfo } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatLongDay } from '../../../shared/time';
import { type Column, DataTable } from '../../components/ui';
import { useLang, useT } from '../../i18n';

const exported = (z: ClosedDayInfo) => z.batches.some((b) => !b.reexport);

/** One business day on the picker: its Z reports together. */
export interface PickerDay {
  day: string;
  zNos: number[];
  salesCount: number;
  net: number;
  batches: ClosedDayInfo['batches'];
  /** Some Z of the day has not gone out yet. */
  waiting: boolean;
  /** Some Z of the day went out before (it can be exported again). */
  sent: boolean;
}

/** The engine lists Z reports, oldest first; the picker shows days. */
export function daysOf(zs: readonly ClosedDayInfo[]): PickerDay[] {
  const days = new Map<string, PickerDay>();
  for (const z of zs) {
    const day = days.get(z.day) ?? {
      day: z.day,
      zNos: [],
      salesCount: 0,
      net: 0,
      batches: [],
      waiting: false,
      sent: false,
    };
    day.zNos.push(z.zNo);
    day.salesCount += z.salesCount;
    day.net += z.net;
    for (const b of z.batches) if (!day.batches.some((x) => x.seq === b.seq)) day.batches.push(b);
    day.waiting ||= !exported(z);
    day.sent ||= exported(z);
    days.set(z.day, day);
  }
  return [...days.values()];
}

/** The selection after toggling `day`, keeping the rule above. */
export function toggleDay(
  zs: readonly ClosedDayInfo[],
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
  const pending = daysOf(zs)
    .filter((d) => d.waiting)
    .map((d) => d.day);
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
  const enabled = (day: PickerDay) => (props.reexport ? day.sent : day.waiting);
  const columns: Column<PickerDay>[] = [
    {
      key: 'pick',
      header: t('batches.col.pick'),
      cellProps: () => ({ className: 'batches-pick' }),
      // The whole cell is the target (44 px), not only the box.
      cell: (day) => (
        <label className="batches-pick-box">
          <input
            type="checkbox"
            data-testid="batches-day-pick"
            aria-label={formatLongDay(day.day, lang)}
            checked={props.selected.has(day.day)}
            disabled={!enabled(day)}
            onChange={() => props.onToggle(day.day)}
          />
        </label>
      ),
    },
    { key: 'day', header: t('batches.col.day'), cell: (day) => formatLongDay(day.day, lang, true) },
    { key: 'z', header: t('batches.col.z'), kind: 'num', cell: (day) => day.zNos.join(', ') },
    { key: 'sales', header: t('batches.col.sales'), kind: 'num', cell: (day) => day.salesCount },
    { key: 'net', header: t('batches.col.net'), kind: 'num', cell: (day) => formatRupiah(day.net) },
    {
      key: 'status',
      header: t('batches.col.status'),
      cell: (day) =>
        day.batches.length === 0
          ? t('batches.pending')
          : day.batches
              .map((b) => t(b.reexport ? 'batches.inReexport' : 'batches.inBatch', { seq: b.seq }))
              .join(', '),
    },
  ];
  return (
    <DataTable
      testId="batches-days"
      columns={columns}
      rows={daysOf(props.days)}
      rowKey={(day) => day.day}
      rowProps={(day) => ({
        'data-testid': 'batches-day',
        'data-day': day.day,
        'data-zno': day.zNos.join(' '),
        className: enabled(day) ? undefined : 'batches-off',
      })}
    />
  );
}

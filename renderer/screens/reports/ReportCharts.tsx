// Two small charts drawn as plain SVG: sales per hour and net per producing unit. No chart library:
// the app's Content-Security-Policy allows no inline styles, so sizes are SVG attributes and colours
// come from reports.css. Each chart also names its numbers for screen readers (<title> per bar).
import type { DayReport } from '../../../shared/contract';
import { formatNumber, formatRupiah } from '../../../shared/money';
import { hourText } from '../../../shared/reportTables';
import { useT } from '../../i18n';

/** `1,2 jt`, `85 rb`: short amounts that fit above a bar. */
function short(amount: number): string {
  const abs = Math.abs(amount);
  if (abs >= 1_000_000)
    return `${(amount / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} jt`;
  if (abs >= 1_000) return `${Math.round(amount / 1_000).toLocaleString('id-ID')} rb`;
  return formatNumber(amount);
}

const HOUR_W = 44;
const HOUR_H = 150;
const AXIS = 18;
const TOP = 16;
const MIN_HOURS = 8;

export function HourChart({ byHour }: { byHour: DayReport['byHour'] }) {
  const t = useT();
  if (byHour.length === 0) return <p className="muted">{t('reports.byHourEmpty')}</p>;
  // Every hour from the first sale to the last, so quiet hours show as gaps; at least a working
  // day's width, so one busy hour is not a lone bar.
  let first = Math.min(...byHour.map((h) => h.hour));
  let last = Math.max(...byHour.map((h) => h.hour));
  while (last - first + 1 < MIN_HOURS && (first > 0 || last < 23)) {
    if (first > 0) first--;
    if (last - first + 1 < MIN_HOURS && last < 23) last++;
  }
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const amounts = new Map(byHour.map((h) => [h.hour, h]));
  const max = Math.max(1, ...byHour.map((h) => h.amount));
  const width = hours.length * HOUR_W;
  return (
    <svg
      className="reports-chart"
      viewBox={`0 0 ${width} ${HOUR_H + AXIS + TOP}`}
      width={width}
      height={HOUR_H + AXIS + TOP}
      role="img"
      aria-label={t('reports.byHour')}
      data-testid="report-hour-chart"
    >
      <line className="reports-axis" x1={0} x2={width} y1={TOP + HOUR_H} y2={TOP + HOUR_H} />
      {hours.map((hour, i) => {
        const row = amounts.get(hour);
        const amount = Math.max(0, row?.amount ?? 0);
        const height = Math.round((amount / max) * HOUR_H);
        const x = i * HOUR_W + 6;
        return (
          <g key={hour} data-testid="report-hour-bar" data-hour={hour} data-amount={row?.amount ?? 0}>
            <title>{`${hourText(hour)}: ${formatRupiah(row?.amount ?? 0)} (${row?.count ?? 0})`}</title>
            {height > 0 && (
              <rect
                className="reports-bar"
                x={x}
                y={TOP + HOUR_H - height}
                width={HOUR_W - 12}
                height={height}
              />
            )}
            {amount > 0 && (
              <text className="reports-bar-value" x={x + (HOUR_W - 12) / 2} y={TOP + HOUR_H - height - 4}>
                {short(amount)}
              </text>
            )}
            <text className="reports-bar-label" x={x + (HOUR_W - 12) / 2} y={TOP + HOUR_H + 14}>
              {String(hour).padStart(2, '0')}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const UNIT_ROW = 26;
const UNIT_W = 560;
const NAME_W = 200;
const VALUE_W = 90;

export function UnitChart({ units }: { units: DayReport['byProducer'] }) {
  const t = useT();
  if (units.length === 0) return null;
  const max = Math.max(1, ...units.map((u) => u.amount));
  const barRoom = UNIT_W - NAME_W - VALUE_W;
  const height = units.length * UNIT_ROW;
  return (
    <svg
      className="reports-chart"
      viewBox={`0 0 ${UNIT_W} ${height}`}
      width={UNIT_W}
      height={height}
      role="img"
      aria-label={t('reports.unitChart')}
      data-testid="report-unit-chart"
    >
      {units.map((unit, i) => {
        const y = i * UNIT_ROW;
        const width = Math.round((Math.max(0, unit.amount) / max) * barRoom);
        const name = unit.name.length > 30 ? `${unit.name.slice(0, 29)}…` : unit.name;
        return (
          <g key={unit.code} data-testid="report-unit-bar" data-code={unit.code} data-amount={unit.amount}>
            <title>{`${unit.name}: ${formatRupiah(unit.amount)}`}</title>
            <text className="reports-unit-name" x={0} y={y + 17}>
              {name}
            </text>
            {width > 0 && (
              <rect className="reports-bar" x={NAME_W} y={y + 5} width={width} height={UNIT_ROW - 10} />
            )}
            <text className="reports-unit-value" x={UNIT_W} y={y + 17}>
              {formatNumber(unit.amount)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

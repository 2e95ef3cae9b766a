// The month a page shows: the server's this month first, then every month it holds batches for,
// newest first. The list comes from the server's answer, never from the browser's calendar.
import { useLang } from '../i18n';

/** `YYYY-MM` months from `first` to `last`, newest first. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = last.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const text = `${year}-${String(month).padStart(2, '0')}`;
    if (text < first) break;
    out.push(text);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return out;
}

export function monthName(month: string, lang: 'id' | 'en'): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, mon - 1, 1)));
}

export function MonthSelect({
  current,
  shown,
  held,
  label,
  onChange,
}: {
  /** This month by the server's clock. */
  current: string;
  shown: string;
  held: { first: string; last: string } | null;
  label: string;
  onChange: (month: string) => void;
}) {
  const lang = useLang((s) => s.lang);
  const months = new Set([current, shown, ...(held ? monthsBetween(held.first, held.last) : [])]);
  return (
    <label className="office-month">
      <span>{label}</span>
      <select data-testid="month-select" value={shown} onChange={(e) => onChange(e.target.value)}>
        {[...months]
          .sort()
          .reverse()
          .map((m) => (
            <option key={m} value={m}>
              {monthName(m, lang)}
            </option>
          ))}
      </select>
    </label>
  );
}

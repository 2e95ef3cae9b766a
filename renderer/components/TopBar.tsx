import type { ReactNode } from 'react';
import type { AppInfo } from '../../shared/contract';
import { formatLongDay } from '../../shared/time';
import { useLang, useT } from '../i18n';
import { LangSwitch } from './LangSwitch';

/** Brand, device and business day, then whatever the shell puts in (navigation, user), then language. */
export function TopBar({ info, children }: { info: AppInfo | null; children?: ReactNode }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  // An earlier day with sales or shifts that no Z has closed: the next sale still goes to today,
  // but say so, or the forgotten day waits unseen.
  const waiting = info?.unclosedDays.filter((day) => day < info.businessDay) ?? [];
  const late = waiting.length > 0;
  const lateText = late
    ? t('app.dayNotClosed', { day: waiting.map((d) => formatLongDay(d, lang, true)).join(', ') })
    : undefined;

  return (
    <header className="topbar">
      <h1 className="topbar-title">{t('app.name')}</h1>
      {info && (
        <dl className="topbar-info">
          <div>
            <dt>{t('app.device')}</dt>
            <dd data-testid="device-code">{info.device}</dd>
          </div>
          <div>
            <dt>{t('app.businessDay')}</dt>
            <dd
              data-testid="business-day"
              data-day={info.businessDay}
              data-unclosed={info.unclosedDays.join(' ')}
              className={late ? 'day-open-late' : undefined}
              title={lateText}
            >
              {formatLongDay(info.businessDay, lang, true)}
              {late && <span className="visually-hidden"> {lateText}</span>}
            </dd>
          </div>
        </dl>
      )}
      {children}
      <LangSwitch />
    </header>
  );
}

import type { ReactNode } from 'react';
import type { AppInfo } from '../../shared/contract';
import { formatLongDay } from '../../shared/time';
import { useLang, useT } from '../i18n';

/** Brand, device and business day, then whatever the shell puts in (navigation, user), then language. */
export function TopBar({ info, children }: { info: AppInfo | null; children?: ReactNode }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const setLang = useLang((s) => s.setLang);

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
              className={info.businessDay < info.calendarDay ? 'day-open-late' : undefined}
              title={info.businessDay < info.calendarDay ? t('app.dayNotClosed') : undefined}
            >
              {formatLongDay(info.businessDay, lang, true)}
              {/* A day left open (no Z report yet) keeps its date; say so rather than surprise anyone. */}
              {info.businessDay < info.calendarDay && (
                <span className="visually-hidden"> {t('app.dayNotClosed')}</span>
              )}
            </dd>
          </div>
        </dl>
      )}
      {children}
      <button
        type="button"
        className="lang-switch"
        data-testid="lang-switch"
        aria-label={t('lang.switch')}
        title={t('lang.switch')}
        onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
      >
        <span className={lang === 'id' ? 'lang-on' : undefined}>ID</span>
        <span aria-hidden="true">/</span>
        <span className={lang === 'en' ? 'lang-on' : undefined}>EN</span>
      </button>
    </header>
  );
}

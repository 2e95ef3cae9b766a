// Reports for managers: the X report of today or any range, the sales journal of any range of days
// (Penjualan), closing the day with the Z report, the stored Z reports, and the audit log. Figures
// and how they relate: docs/reports.md.
import './reports.css';
import '../catalog/catalog.css';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { Tabs } from '../../components/Tabs';
import { Banner } from '../../components/ui';
import { useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';
import { AuditTab } from './AuditTab';
import { CloseDayTab } from './CloseDayTab';
import { DayTab } from './DayTab';
import { HistoryTab } from './HistoryTab';
import { JournalTab } from './JournalTab';

const TABS = ['day', 'journal', 'close', 'history', 'audit'] as const;
type Tab = (typeof TABS)[number];

export function ReportsScreen() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('day');
  const [info, setInfo] = useState<{ businessDay: string; calendarDay: string; timeZone: string } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);

  const loadInfo = useCallback(async () => {
    try {
      const { businessDay, calendarDay, timeZone } = await call('app.info', {});
      setInfo({ businessDay, calendarDay, timeZone });
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);

  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);

  return (
    <main className="reports">
      <Tabs
        tabs={TABS}
        current={tab}
        onChange={setTab}
        label={t('reports.title')}
        labelOf={(id) => t(`reports.tab.${id}`)}
        testIdPrefix="reports-tab"
      />
      {error && <Banner tone="error">{error}</Banner>}
      {/* Each tab remounts when chosen, so it shows the till as it is now. */}
      {info && (
        <section className="reports-panel" role="tabpanel" aria-label={t(`reports.tab.${tab}`)}>
          {tab === 'day' && <DayTab businessDay={info.businessDay} timeZone={info.timeZone} />}
          {tab === 'journal' && <JournalTab businessDay={info.businessDay} />}
          {tab === 'close' && <CloseDayTab timeZone={info.timeZone} onClosed={() => void loadInfo()} />}
          {tab === 'history' && <HistoryTab timeZone={info.timeZone} />}
          {tab === 'audit' && (
            <AuditTab
              // The log is by calendar day; a business day left open past midnight starts earlier.
              from={[info.businessDay, info.calendarDay].sort()[0] ?? info.calendarDay}
              to={info.calendarDay}
              timeZone={info.timeZone}
            />
          )}
        </section>
      )}
    </main>
  );
}

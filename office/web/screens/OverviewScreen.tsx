// Overview: net sales (sales less refunds) per UPT and per device for a month and for today, by the
// office's business day as the server counts it, each with a chart and the same figures in a table,
// and the devices that sent no day for longer than the setting allows.
import { useEffect, useMemo, useState } from 'react';
import { Banner, type Column, DataTable } from '../../../renderer/components/ui';
import { formatRupiah } from '../../../shared/money';
import type { LateDevice, Overview } from '../../../shared/office/contract';
import { formatLongDay } from '../../../shared/time';
import { call, errorText } from '../api';
import { useLang, useT } from '../i18n';
import { formatInstant } from './formatInstant';
import { MonthSelect, monthName } from './monthChoice';
import { NetChart } from './NetChart';
import './readPages.css';

type UnitRow = Overview['units'][number];
type DeviceRow = Overview['devices'][number];

export function OverviewScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [month, setMonth] = useState<string | undefined>(undefined);
  const [data, setData] = useState<Overview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    call('overview.get', month ? { month } : {})
      .then((d) => {
        setData(d);
        setProblem(null);
      })
      .catch((err) => setProblem(errorText(err)));
  }, [month]);
  const unitLabels = useMemo(() => data?.units.map((u) => u.code) ?? [], [data]);
  const unitValues = useMemo(() => data?.units.map((u) => u.monthNet) ?? [], [data]);
  const deviceLabels = useMemo(() => data?.devices.map((d) => d.device) ?? [], [data]);
  const deviceValues = useMemo(() => data?.devices.map((d) => d.monthNet) ?? [], [data]);
  if (!data) return problem ? <Banner tone="error">{problem}</Banner> : null;
  const current = data.today.slice(0, 7);
  const monthText = monthName(data.month, lang);
  const todayText = formatLongDay(data.today, lang, true);
  const money = (n: number) => formatRupiah(n);

  const unitColumns: Column<UnitRow>[] = [
    { key: 'code', header: t('reads.col.unit'), kind: 'code', cell: (u) => u.code },
    { key: 'name', header: t('reads.col.unitName'), cell: (u) => u.name },
    { key: 'month', header: monthText, kind: 'num', cell: (u) => money(u.monthNet) },
    { key: 'today', header: t('reads.col.today'), kind: 'num', cell: (u) => money(u.todayNet) },
  ];
  const deviceColumns: Column<DeviceRow>[] = [
    { key: 'device', header: t('reads.col.device'), kind: 'code', cell: (d) => d.device },
    { key: 'month', header: monthText, kind: 'num', cell: (d) => money(d.monthNet) },
    { key: 'today', header: t('reads.col.today'), kind: 'num', cell: (d) => money(d.todayNet) },
  ];
  const lateColumns: Column<LateDevice>[] = [
    { key: 'device', header: t('reads.col.device'), kind: 'code', cell: (d) => d.device },
    {
      key: 'last',
      header: t('reads.col.lastDay'),
      cell: (d) => (d.lastDay ? formatLongDay(d.lastDay, lang, true) : t('reads.noDay')),
    },
    {
      key: 'since',
      header: t('reads.col.daysSince'),
      kind: 'num',
      cell: (d) => (d.daysSince === null ? '—' : String(d.daysSince)),
    },
    {
      key: 'received',
      header: t('reads.col.lastReceived'),
      cell: (d) => (d.lastReceivedAt ? formatInstant(d.lastReceivedAt, lang) : '—'),
    },
  ];

  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <div className="office-page-head">
        <h2 id="office-page-title" className="office-page-title">
          {t('reads.overview.title')}
        </h2>
        <MonthSelect
          current={current}
          shown={data.month}
          held={data.months}
          label={t('reads.month')}
          onChange={setMonth}
        />
      </div>
      {problem && <Banner tone="error">{problem}</Banner>}
      <div className="office-figures">
        <div className="office-figure" data-testid="overview-month-net">
          <span>{t('reads.overview.monthNet', { month: monthText })}</span>
          <strong>{money(data.monthNet)}</strong>
        </div>
        <div className="office-figure" data-testid="overview-today-net">
          <span>{t('reads.overview.todayNet', { day: todayText })}</span>
          <strong>{money(data.todayNet)}</strong>
        </div>
        <div className={data.late.length ? 'office-figure office-figure-warn' : 'office-figure'}>
          <span>{t('reads.overview.lateCount', { days: data.lateDeviceDays })}</span>
          <strong data-testid="overview-late-count">{data.late.length}</strong>
        </div>
      </div>
      {data.units.length === 0 ? (
        <p className="office-note" data-testid="overview-nothing">
          {t('reads.overview.nothing', { month: monthText })}
        </p>
      ) : (
        <div className="office-two">
          <div>
            <h3 className="office-subtitle">{t('reads.overview.perUnit')}</h3>
            <NetChart
              labels={unitLabels}
              values={unitValues}
              label={t('reads.overview.perUnitChart', { month: monthText })}
              testId="overview-unit-chart"
              horizontal
            />
            <DataTable
              columns={unitColumns}
              rows={data.units}
              rowKey={(u) => u.code}
              testId="overview-units"
              rowProps={() => ({ 'data-testid': 'overview-unit' })}
              caption={t('reads.overview.perUnit')}
            />
          </div>
          <div>
            <h3 className="office-subtitle">{t('reads.overview.perDevice')}</h3>
            <NetChart
              labels={deviceLabels}
              values={deviceValues}
              label={t('reads.overview.perDeviceChart', { month: monthText })}
              testId="overview-device-chart"
            />
            <DataTable
              columns={deviceColumns}
              rows={data.devices}
              rowKey={(d) => d.device}
              testId="overview-devices"
              caption={t('reads.overview.perDevice')}
            />
          </div>
        </div>
      )}
      <h3 className="office-subtitle">{t('reads.overview.late', { days: data.lateDeviceDays })}</h3>
      <DataTable
        columns={lateColumns}
        rows={data.late}
        rowKey={(d) => d.device}
        testId="overview-late"
        rowProps={() => ({ 'data-testid': 'overview-late-device' })}
        empty={t('reads.overview.noneLate')}
        caption={t('reads.overview.late', { days: data.lateDeviceDays })}
      />
    </section>
  );
}

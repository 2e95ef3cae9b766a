// The roster of tills: last batch and business day, late or not, numbers never received, copies
// that differ, and device codes that came from two tills.
import { useCallback, useEffect, useState } from 'react';
import { Banner, type Column, DataTable } from '../../../renderer/components/ui';
import type { CopyDifference, OfficeOutput, RosterDevice } from '../../../shared/office/contract';
import { formatLongDay } from '../../../shared/time';
import { call, errorText } from '../api';
import { useLang, useT } from '../i18n';
import { EnrolDevices } from './EnrolDevices';
import { formatInstant } from './formatInstant';
import './readPages.css';

type Roster = OfficeOutput<'devices.list'>;
const ranges = (list: { from: number; to: number }[]) =>
  list.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`)).join(', ');

export function DevicesScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [data, setData] = useState<Roster | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(() => {
    call('devices.list', {})
      .then(setData)
      .catch((err) => setProblem(errorText(err)));
  }, []);
  useEffect(load, [load]);
  if (!data) return problem ? <Banner tone="error">{problem}</Banner> : null;

  const columns: Column<RosterDevice>[] = [
    { key: 'device', header: t('reads.col.device'), kind: 'code', cell: (d) => d.device },
    {
      key: 'batch',
      header: t('reads.col.lastBatch'),
      cell: (d) =>
        d.lastBatch
          ? t('reads.devices.batchAt', {
              seq: d.lastBatch.seq,
              at: formatInstant(d.lastBatch.receivedAt, lang),
            })
          : '—',
    },
    {
      key: 'day',
      header: t('reads.col.lastDay'),
      cell: (d) => (d.lastDay ? `${formatLongDay(d.lastDay, lang, true)} (Z ${d.lastZ})` : t('reads.noDay')),
    },
    {
      key: 'state',
      header: t('reads.col.state'),
      cellProps: () => ({ 'data-testid': 'device-state' }),
      cell: (d) =>
        d.late ? (
          <span className="office-chip office-chip-off">
            {d.daysSince === null ? t('reads.devices.noZ') : t('reads.devices.late', { days: d.daysSince })}
          </span>
        ) : (
          <span className="office-chip office-chip-on">{t('reads.devices.onTime')}</span>
        ),
    },
    {
      key: 'zGaps',
      header: t('reads.col.zGaps'),
      cellProps: () => ({ 'data-testid': 'device-z-gaps' }),
      cell: (d) => (d.zGaps.length ? ranges(d.zGaps) : '—'),
    },
    {
      key: 'batchGaps',
      header: t('reads.col.batchGaps'),
      cellProps: () => ({ 'data-testid': 'device-batch-gaps' }),
      cell: (d) => (d.batchGaps.length ? ranges(d.batchGaps) : '—'),
    },
    {
      key: 'diff',
      header: t('reads.col.differences'),
      kind: 'num',
      cellProps: () => ({ 'data-testid': 'device-differences' }),
      cell: (d) => String(d.differences),
    },
    {
      key: 'installs',
      header: t('reads.col.installs'),
      kind: 'num',
      cellProps: () => ({ 'data-testid': 'device-installs' }),
      cell: (d) => String(d.installs),
    },
  ];
  const diffColumns: Column<CopyDifference>[] = [
    { key: 'device', header: t('reads.col.device'), kind: 'code', cell: (d) => d.device },
    { key: 'kind', header: t('reads.col.kind'), cell: (d) => t(`reads.kind.${d.kind}` as 'reads.kind.sale') },
    { key: 'doc', header: t('reads.col.document'), kind: 'code', cell: (d) => d.docId },
    {
      key: 'day',
      header: t('reads.col.day'),
      cell: (d) => (d.businessDay ? formatLongDay(d.businessDay, lang, true) : '—'),
    },
    {
      key: 'batches',
      header: t('reads.col.batches'),
      cell: (d) => t('reads.devices.firstOther', { first: d.firstSeq, other: d.otherSeq }),
    },
  ];

  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <h2 id="office-page-title" className="office-page-title">
        {t('reads.devices.title')}
      </h2>
      <p className="office-note">{t('reads.devices.intro', { days: data.lateDeviceDays })}</p>
      {data.sharedCodes.map((code) => (
        <Banner key={code.device} tone="warn" testId="device-shared-code">
          {t('reads.devices.shared', {
            device: code.device,
            count: code.installs.length,
            refused: code.installs.filter((i) => i.refused).length,
          })}
        </Banner>
      ))}
      <DataTable
        columns={columns}
        rows={data.devices}
        rowKey={(d) => d.device}
        testId="devices-table"
        rowProps={(d) => ({ 'data-testid': 'device-row', 'data-device': d.device })}
        empty={t('reads.devices.none')}
        caption={t('reads.devices.title')}
      />
      <EnrolDevices enrolled={data.enrolled} reload={load} />
      <h3 className="office-subtitle">{t('reads.devices.differences')}</h3>
      <p className="office-note">{t('reads.devices.differencesIntro')}</p>
      <DataTable
        columns={diffColumns}
        rows={data.differences}
        rowKey={(d) => `${d.kind}/${d.docId}/${d.otherSeq}`}
        testId="devices-differences"
        empty={t('reads.devices.noDifferences')}
        caption={t('reads.devices.differences')}
      />
    </section>
  );
}

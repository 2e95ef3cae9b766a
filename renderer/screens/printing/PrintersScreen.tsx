// Printers and receipts, for managers: printer profiles (transport, paper, QR, cut, drawer, logo),
// the receipt's header and footer, product labels, and the print queue.
import './printers.css';
import { useState } from 'react';
import { PrintJobList } from '../../components/printing/PrintJobList';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../i18n';
import { LabelsTab } from './LabelsTab';
import { PrintersTab } from './PrintersTab';
import { ReceiptTab } from './ReceiptTab';

const TABS = ['printers', 'receipt', 'labels', 'queue'] as const;
type Tab = (typeof TABS)[number];

export function PrintersScreen() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('printers');
  return (
    <main className="printers">
      <Tabs
        tabs={TABS}
        current={tab}
        onChange={setTab}
        label={t('printing.title')}
        labelOf={(id) => t(`printing.tab.${id}`)}
        testIdPrefix="printing-tab"
      />
      <section className="printers-panel" role="tabpanel">
        {tab === 'printers' && <PrintersTab />}
        {tab === 'receipt' && <ReceiptTab />}
        {tab === 'labels' && <LabelsTab />}
        {tab === 'queue' && <PrintJobList limit={50} />}
      </section>
    </main>
  );
}

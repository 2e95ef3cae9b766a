// Printers and receipts, for managers: printer profiles (transport, paper, QR, cut, drawer, logo),
// the receipt's header and footer, product labels, and the print queue.
import './printers.css';
import { useState } from 'react';
import { PrintJobList } from '../../components/printing/PrintJobList';
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
      <div className="printers-tabs" role="tablist" aria-label={t('printing.title')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            data-testid={`printing-tab-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`printing.tab.${id}`)}
          </button>
        ))}
      </div>
      <section className="printers-panel" role="tabpanel">
        {tab === 'printers' && <PrintersTab />}
        {tab === 'receipt' && <ReceiptTab />}
        {tab === 'labels' && <LabelsTab />}
        {tab === 'queue' && <PrintJobList limit={50} />}
      </section>
    </main>
  );
}

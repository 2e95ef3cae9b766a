// Stock for managers: levels, receiving, adjusting, transfers, returns to the producing unit, the
// ledger, locations and events.
import './stock.css';
import { useState } from 'react';
import { Tabs } from '../../components/Tabs';
import { Banner } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { AdjustTab } from './AdjustTab';
import { EventsTab } from './EventsTab';
import { type LedgerFilter, LedgerTab } from './LedgerTab';
import { LevelsTab } from './LevelsTab';
import { LocationsTab } from './LocationsTab';
import { ReceiveTab } from './ReceiveTab';
import { TransferTab } from './TransferTab';
import { UnitReturnTab } from './UnitReturnTab';
import { activeLocations, useStockData } from './useStockData';

const TABS = [
  'levels',
  'receive',
  'adjust',
  'transfer',
  'unitReturn',
  'ledger',
  'events',
  'locations',
] as const;
type Tab = (typeof TABS)[number];

export function StockScreen() {
  const t = useT();
  const data = useStockData();
  const [tab, setTab] = useState<Tab>('levels');
  const [ledger, setLedger] = useState<LedgerFilter>({ product: null, locationId: null });
  const [transferTo, setTransferTo] = useState<number | null>(null);
  const sellingLocationId = data.settings?.sellingLocationId ?? null;
  const usable = activeLocations(data.locations);

  return (
    <main className="stock">
      <Tabs
        tabs={TABS}
        current={tab}
        onChange={setTab}
        label={t('stock.title')}
        labelOf={(id) => t(`stock.tab.${id}` as MessageKey)}
        testIdPrefix="stock-tab"
      />
      {data.error && <Banner tone="error">{data.error}</Banner>}
      {/* Each tab remounts when chosen, so it shows fresh numbers after work on another tab. */}
      {data.settings && (
        <div className="stock-body">
          {tab === 'levels' && (
            <LevelsTab
              locations={data.locations}
              sellingLocationId={sellingLocationId}
              onShowLedger={(row, locationId) => {
                setLedger({ product: { id: row.productId, sku: row.sku, name: row.name }, locationId });
                setTab('ledger');
              }}
            />
          )}
          {tab === 'receive' && (
            <ReceiveTab locations={usable} sellingLocationId={sellingLocationId} onChanged={data.reload} />
          )}
          {tab === 'adjust' && (
            <AdjustTab locations={usable} sellingLocationId={sellingLocationId} onChanged={data.reload} />
          )}
          {tab === 'transfer' && (
            <TransferTab
              key={transferTo ?? 'none'}
              locations={usable}
              sellingLocationId={sellingLocationId}
              initialTo={transferTo}
              onChanged={data.reload}
            />
          )}
          {tab === 'unitReturn' && (
            <UnitReturnTab locations={usable} sellingLocationId={sellingLocationId} onChanged={data.reload} />
          )}
          {tab === 'ledger' && (
            <LedgerTab
              locations={data.locations}
              filter={ledger}
              onFilter={setLedger}
              timeZone={data.timeZone}
            />
          )}
          {tab === 'events' && (
            <EventsTab
              locations={data.locations}
              settings={data.settings}
              onSendOut={(eventId) => {
                setTransferTo(eventId);
                setTab('transfer');
              }}
              onChanged={data.reload}
            />
          )}
          {tab === 'locations' && (
            <LocationsTab locations={data.locations} settings={data.settings} onChanged={data.reload} />
          )}
        </div>
      )}
    </main>
  );
}

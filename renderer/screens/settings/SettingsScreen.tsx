// Settings for managers: the booth's payment settings (PPN, cash rounding, static QRIS, the
// cashier's discount limit), buyers and UMKM resellers, the resellers' price tiers, the device and
// its day, and the office's key that signs catalogue packages. Cashiers never get here (registry
// minRole) and the engine refuses their changes anyway.
// The panels, forms and tables reuse the catalogue's classes; settings.css adds only what is new.
import '../catalog/catalog.css';
import './settings.css';
import { useState } from 'react';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../i18n';
import { BuyersTab } from './BuyersTab';
import { DeviceTab } from './DeviceTab';
import { OfficeTab } from './OfficeTab';
import { PaymentsTab } from './PaymentsTab';
import { TiersTab } from './TiersTab';

const TABS = ['payments', 'buyers', 'tiers', 'device', 'office'] as const;
type Tab = (typeof TABS)[number];

export function SettingsScreen() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('payments');
  return (
    <main className="cat settings">
      <Tabs
        tabs={TABS}
        current={tab}
        onChange={setTab}
        label={t('settings.title')}
        labelOf={(id) => t(`settings.tab.${id}`)}
        testIdPrefix="settings-tab"
      />
      {tab === 'payments' && <PaymentsTab />}
      {tab === 'buyers' && <BuyersTab />}
      {tab === 'tiers' && <TiersTab />}
      {tab === 'device' && <DeviceTab />}
      {tab === 'office' && <OfficeTab />}
    </main>
  );
}

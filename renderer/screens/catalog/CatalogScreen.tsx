// The catalogue for managers: products, producing units (UPT) with their proceeds split,
// workshops, categories, import/export, and the office's catalogue packages. Cashiers never get here (registry minRole) and the
// engine refuses their changes anyway.
import './catalog.css';
import { useState } from 'react';
import { Tabs } from '../../components/Tabs';
import { Banner } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { CategoriesTab } from './CategoriesTab';
import { ImportTab } from './ImportTab';
import { PackageTab } from './PackageTab';
import { ProducersTab } from './ProducersTab';
import { ProductsTab } from './ProductsTab';
import { ScaleTab } from './ScaleTab';
import { useCatalogLookups } from './useCatalogLookups';
import { WorkshopsTab } from './WorkshopsTab';

const TABS = ['products', 'producers', 'workshops', 'categories', 'scale', 'import', 'package'] as const;
type Tab = (typeof TABS)[number];

export function CatalogScreen() {
  const t = useT();
  const lookups = useCatalogLookups();
  const [tab, setTab] = useState<Tab>('products');

  return (
    <main className="cat">
      <Tabs
        tabs={TABS}
        current={tab}
        onChange={setTab}
        label={t('catalog.title')}
        labelOf={(id) => t(`catalog.tab.${id}` as MessageKey)}
        testIdPrefix="catalog-tab"
      />
      {lookups.error && <Banner tone="error">{lookups.error}</Banner>}
      {tab === 'products' && <ProductsTab lookups={lookups} />}
      {tab === 'producers' && <ProducersTab lookups={lookups} />}
      {tab === 'workshops' && <WorkshopsTab lookups={lookups} />}
      {tab === 'categories' && <CategoriesTab lookups={lookups} />}
      {tab === 'scale' && <ScaleTab />}
      {tab === 'import' && <ImportTab onImported={lookups.reload} timeZone={lookups.timeZone} />}
      {tab === 'package' && <PackageTab onApplied={lookups.reload} timeZone={lookups.timeZone} />}
    </main>
  );
}

// The office's pages in the order of the navigation, and who may open each. The server enforces
// the same roles on every command; this only keeps a page out of sight of those it would refuse.
import type { ComponentType } from 'react';
import type { OfficeRole } from '../../shared/office/contract';
import type { OfficeKey } from './i18n';
import { CatalogueScreen } from './screens/CatalogueScreen';
import { DevicesScreen } from './screens/DevicesScreen';
import { EmptyScreen } from './screens/EmptyScreen';
import { FindScreen } from './screens/FindScreen';
import { OverviewScreen } from './screens/OverviewScreen';
import { ProductsScreen } from './screens/ProductsScreen';
import { ReceiveScreen } from './screens/ReceiveScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { StatementsScreen } from './screens/StatementsScreen';
import { StockScreen } from './screens/StockScreen';
import { TokensScreen } from './screens/TokensScreen';
import { UsersScreen } from './screens/UsersScreen';

export type PageId =
  | 'overview'
  | 'statements'
  | 'devices'
  | 'receive'
  | 'products'
  | 'stock'
  | 'catalogue'
  | 'find'
  | 'tokens'
  | 'users'
  | 'settings';

export interface Page {
  id: PageId;
  label: OfficeKey;
  roles: readonly OfficeRole[];
  /** The page's screen; a page without one says honestly what it will show (`empty`). */
  Component?: ComponentType;
  empty?: OfficeKey;
}

const everyone = ['viewer', 'finance', 'admin'] as const;

export const PAGES: readonly Page[] = [
  { id: 'overview', label: 'nav.overview', roles: everyone, Component: OverviewScreen },
  { id: 'statements', label: 'nav.statements', roles: everyone, Component: StatementsScreen },
  { id: 'devices', label: 'nav.devices', roles: everyone, Component: DevicesScreen },
  { id: 'receive', label: 'nav.receive', roles: ['finance', 'admin'], Component: ReceiveScreen },
  { id: 'products', label: 'nav.products', roles: everyone, Component: ProductsScreen },
  { id: 'stock', label: 'nav.stock', roles: everyone, Component: StockScreen },
  { id: 'catalogue', label: 'nav.catalogue', roles: everyone, Component: CatalogueScreen },
  { id: 'find', label: 'nav.find', roles: everyone, Component: FindScreen },
  { id: 'tokens', label: 'nav.tokens', roles: ['admin'], Component: TokensScreen },
  { id: 'users', label: 'nav.users', roles: ['admin'], Component: UsersScreen },
  { id: 'settings', label: 'nav.settings', roles: everyone, Component: SettingsScreen },
];

export function PageView({ page }: { page: Page }) {
  if (page.Component) return <page.Component />;
  return <EmptyScreen title={page.label} text={page.empty ?? 'empty.soon'} />;
}

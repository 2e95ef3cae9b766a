// The screens reachable from the top bar. An area adds its screen here with one entry; the shell
// shows only the screens the signed-in role may open (the engine enforces the same rule).
import type { ComponentType } from 'react';
import type { Role } from '../../shared/contract';
import type { MessageKey } from '../i18n';
import { BackupScreen } from './backup/BackupScreen';
import { BatchesScreen } from './batches/BatchesScreen';
import { CatalogScreen } from './catalog/CatalogScreen';
import { PeopleScreen } from './people/PeopleScreen';
import { PrintersScreen } from './printing/PrintersScreen';
import { QrisScreen } from './qris/QrisScreen';
import { ReportsScreen } from './reports/ReportsScreen';
import { SaleScreen } from './SaleScreen';
import { SalesScreen } from './sales/SalesScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { StockScreen } from './stock/StockScreen';

export interface ScreenEntry {
  id: string;
  /** Label in the top bar's navigation. */
  labelKey: MessageKey;
  /** Lowest role that sees it. */
  minRole: Role;
  Component: ComponentType;
}

export const SCREENS: ScreenEntry[] = [
  { id: 'sale', labelKey: 'nav.sale', minRole: 'cashier', Component: SaleScreen },
  { id: 'sales', labelKey: 'nav.sales', minRole: 'cashier', Component: SalesScreen },
  { id: 'reports', labelKey: 'nav.reports', minRole: 'manager', Component: ReportsScreen },
  { id: 'batches', labelKey: 'nav.batches', minRole: 'manager', Component: BatchesScreen },
  { id: 'qris', labelKey: 'nav.qris', minRole: 'manager', Component: QrisScreen },
  { id: 'stock', labelKey: 'nav.stock', minRole: 'manager', Component: StockScreen },
  { id: 'catalog', labelKey: 'nav.catalog', minRole: 'manager', Component: CatalogScreen },
  { id: 'printers', labelKey: 'nav.printers', minRole: 'manager', Component: PrintersScreen },
  { id: 'settings', labelKey: 'nav.settings', minRole: 'manager', Component: SettingsScreen },
  { id: 'people', labelKey: 'nav.people', minRole: 'manager', Component: PeopleScreen },
  { id: 'backup', labelKey: 'nav.backup', minRole: 'admin', Component: BackupScreen },
];

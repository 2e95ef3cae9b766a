// Every dialog of the app, in one list beside the screen registry (renderer/screens/registry.ts):
// how the sweep opens it. Each screen of the registry has an entry here (an empty list when it has
// no dialog of its own), and each dialog in the renderer (a <Modal>, a kit <Dialog> or an element
// with role="dialog") is named by its source file here, swept or not swept with the reason: the
// sweep's own tests fail when a screen or a dialog is missing, so nothing new goes unlooked-at.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export interface DialogView {
  name: string;
  /** The file that renders the dialog (relative to the repository). */
  source: string;
  /** Opens the dialog from the screen it belongs to, as the screen's role; the sweep closes it. */
  open(page: Page): Promise<void>;
  /** How to leave it; Escape by default. */
  close?(page: Page): Promise<void>;
}

export interface NotSwept {
  name: string;
  source: string;
  reason: string;
}

const tile = (page: Page, sku: string) => page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`);
const dialog = (page: Page) => page.locator('dialog[open]').last();
/** Waits until a dialog is open and its content has settled. */
async function shown(page: Page, testId?: string) {
  await expect(dialog(page)).toBeVisible();
  if (testId) await expect(page.getByTestId(testId)).toBeVisible();
}

/** Keyed by the registry's screen ids; the till's dialogs are opened by the cashier. */
export const DIALOGS: Record<string, DialogView[]> = {
  sale: [
    {
      name: 'buyer picker',
      source: 'renderer/components/till/BuyerPicker.tsx',
      open: async (page) => {
        await page.getByTestId('buyer-button').click();
        await shown(page);
      },
    },
    {
      name: 'weight',
      source: 'renderer/components/WeightDialog.tsx',
      open: async (page) => {
        await tile(page, 'LLE-KG').click();
        await shown(page, 'weight-input');
      },
    },
    {
      name: 'line edit',
      source: 'renderer/components/till/LineEditDialog.tsx',
      open: async (page) => {
        // Two lines in the cart from here on: the pay dialog and the park dialog need them.
        await tile(page, 'BWG-100').click();
        await tile(page, 'SBR-150').click();
        await page.getByTestId('line-edit').first().click();
        await shown(page, 'line-edit-qty');
      },
    },
    {
      name: 'order discount',
      source: 'renderer/components/till/OrderDiscountDialog.tsx',
      open: async (page) => {
        await page.getByTestId('order-discount').click();
        await shown(page);
      },
    },
    {
      name: 'park',
      source: 'renderer/components/till/ParkDialog.tsx',
      open: async (page) => {
        await page.getByTestId('park-button').click();
        await shown(page, 'park-label');
      },
    },
    {
      name: 'shift menu',
      source: 'renderer/components/shift/ShiftDialog.tsx',
      open: async (page) => {
        await page.getByTestId('shift-button').click();
        await shown(page, 'shift-summary');
      },
    },
    {
      name: 'shift cash move',
      source: 'renderer/components/shift/ShiftDialog.tsx',
      open: async (page) => {
        await page.getByTestId('shift-button').click();
        await page.getByTestId('shift-move').click();
        await shown(page, 'move-amount');
      },
    },
    {
      name: 'manager approval',
      source: 'renderer/components/till/ApprovalDialog.tsx',
      open: async (page) => {
        // A cash-out over the limit (Rp 200.000) asks for a manager.
        await page.getByTestId('shift-button').click();
        await page.getByTestId('shift-move').click();
        await page.getByTestId('move-out').click();
        await page.getByTestId('move-amount').fill('250000');
        await page.getByTestId('move-reason').fill('setor');
        await page.getByTestId('move-save').click();
        await shown(page, 'approval-reason');
      },
      close: async (page) => {
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('approval-reason')).toHaveCount(0);
        await page.keyboard.press('Escape');
      },
    },
    {
      name: 'shift drawer',
      source: 'renderer/components/shift/ShiftDialog.tsx',
      open: async (page) => {
        await page.getByTestId('shift-button').click();
        await page.getByTestId('shift-drawer').click();
        await shown(page, 'drawer-reason');
      },
    },
    {
      name: 'shift count',
      source: 'renderer/components/shift/ShiftDialog.tsx',
      open: async (page) => {
        await page.getByTestId('shift-button').click();
        await page.getByTestId('shift-close').click();
        await shown(page, 'close-submit');
      },
    },
    {
      name: 'pay',
      source: 'renderer/components/PayDialog.tsx',
      open: async (page) => {
        await page.getByTestId('pay-button').click();
        await page.getByTestId('cash-input').fill('100000');
        await shown(page, 'change-amount');
      },
    },
    {
      name: 'sale done with receipt preview',
      source: 'renderer/components/PayDialog.tsx',
      open: async (page) => {
        await page.getByTestId('pay-button').click();
        await page.getByTestId('cash-input').fill('100000');
        await page.getByTestId('confirm-pay').click();
        await shown(page, 'receipt-no');
        await page.getByTestId('print-preview-toggle').click();
        await expect(page.getByTestId('receipt-preview')).toBeVisible();
      },
      close: async (page) => {
        await page.getByTestId('new-sale').click();
      },
    },
    {
      name: 'customer display',
      source: 'renderer/display/DisplayButton.tsx',
      open: async (page) => {
        await page.getByTestId('display-button').click();
        await shown(page, 'display-url');
      },
    },
    {
      name: 'lock screen',
      source: 'renderer/components/LockScreen.tsx',
      open: async (page) => {
        await page.getByTestId('lock-button').click();
        await expect(page.getByTestId('lock-pin')).toBeVisible();
      },
      close: async (page) => {
        await page.getByTestId('lock-pin').fill('2468');
        await page.getByTestId('lock-unlock').click();
        await expect(page.getByTestId('lock-screen')).toHaveCount(0);
        await expect(page.getByTestId('pay-button')).toBeVisible();
      },
    },
  ],
  sales: [
    {
      name: 'void',
      source: 'renderer/screens/sales/VoidDialog.tsx',
      open: async (page) => {
        await page.getByTestId('sales-row').first().click();
        await page.getByTestId('sale-void').click();
        await shown(page, 'void-reason');
      },
    },
    {
      name: 'refund',
      source: 'renderer/screens/sales/RefundDialog.tsx',
      open: async (page) => {
        await page.getByTestId('sales-row').first().click();
        await page.getByTestId('sale-refund').click();
        await shown(page, 'refund-reason');
      },
    },
  ],
  reports: [
    {
      name: 'close a shift for a cashier',
      source: 'renderer/screens/reports/CloseShiftForDialog.tsx',
      open: async (page) => {
        await page.getByTestId('reports-tab-close').click();
        await page.getByTestId('z-close-for').first().click();
        await shown(page, 'close-for-submit');
      },
    },
    {
      name: 'close the day: are you sure',
      source: 'renderer/screens/reports/CloseDayTab.tsx',
      open: async (page) => {
        await page.getByTestId('reports-tab-close').click();
        await page.getByTestId('z-close').click();
        await shown(page, 'z-confirm-no');
      },
    },
  ],
  batches: [],
  qris: [],
  stock: [],
  catalog: [],
  printers: [],
  settings: [],
  people: [
    {
      name: 'add a person',
      source: 'renderer/screens/people/PeopleDialogs.tsx',
      open: async (page) => {
        await page.getByTestId('people-add').click();
        await shown(page, 'person-form-name');
      },
    },
    {
      name: 'edit a person',
      source: 'renderer/screens/people/PeopleDialogs.tsx',
      open: async (page) => {
        await page.getByTestId('person-edit').last().click();
        await shown(page, 'person-form-name');
      },
    },
    {
      name: 'set a PIN',
      source: 'renderer/screens/people/PeopleDialogs.tsx',
      open: async (page) => {
        await page.getByTestId('person-pin').last().click();
        await shown(page);
      },
    },
    {
      name: 'confirm a PIN reset',
      source: 'renderer/screens/people/PeopleDialogs.tsx',
      open: async (page) => {
        await page.getByTestId('person-reset').last().click();
        await shown(page);
      },
    },
  ],
  backup: [
    {
      name: 'restore: are you sure',
      source: 'renderer/screens/backup/BackupScreen.tsx',
      open: async (page) => {
        if ((await page.getByTestId('backup-item').count()) === 0) {
          await page.getByTestId('backup-run').click();
          await expect(page.getByTestId('backup-item')).toHaveCount(1);
        }
        await page.getByTestId('backup-restore').first().click();
        await shown(page, 'backup-restore-confirm');
      },
    },
  ],
};

/** Dialogs the sweep cannot reach on its own fixture till; each is shown by the spec named. */
export const NOT_SWEPT: NotSwept[] = [
  {
    name: 'clock warning',
    source: 'renderer/components/clock/ClockWarning.tsx',
    reason: 'needs an engine whose clock went backwards (libfaketime): clock.spec.ts',
  },
  {
    name: 'print queue',
    source: 'renderer/components/printing/PrintQueueIndicator.tsx',
    reason: 'shows only while print jobs wait or failed on a real printer: printing.spec.ts',
  },
  {
    name: 'backup restored',
    source: 'renderer/screens/backup/BackupScreen.tsx',
    reason: 'shows after a restore, which replaces the database the sweep runs on: backup.spec.ts',
  },
  {
    name: 'backup takeover',
    source: 'renderer/screens/backup/BackupScreen.tsx',
    reason: "needs another laptop's backup: takeover.spec.ts",
  },
  {
    name: 'apply a catalogue package',
    source: 'renderer/screens/catalog/PackageTab.tsx',
    reason: "needs the office's key and a signed package: catalogue-packages.spec.ts",
  },
];

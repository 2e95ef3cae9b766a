import { afterSaleEn } from './areas/afterSale.en';
import { authEn } from './areas/auth.en';
import { backupEn } from './areas/backup.en';
import { batchesEn } from './areas/batches.en';
import { catalogEn } from './areas/catalog.en';
import { catalogPackageEn } from './areas/catalogPackage.en';
import { clockEn } from './areas/clock.en';
import { displayEn } from './areas/display.en';
import { paymentsEn } from './areas/payments.en';
import { peopleEn } from './areas/people.en';
import { printingEn } from './areas/printing.en';
import { qrisEn } from './areas/qris.en';
import { reportsEn } from './areas/reports.en';
import { settingsEn } from './areas/settings.en';
import { setupEn } from './areas/setup.en';
import { stockEn } from './areas/stock.en';
import { tillEn } from './areas/till.en';
import { uiEn } from './areas/ui.en';
import type { Dictionary } from './id';

// Typed as Dictionary so a missing or extra key fails the type check.
export const en: Dictionary = {
  ...authEn,
  ...catalogEn,
  ...catalogPackageEn,
  ...stockEn,
  ...printingEn,
  ...qrisEn,
  ...reportsEn,
  ...paymentsEn,
  ...peopleEn,
  ...afterSaleEn,
  ...displayEn,
  ...backupEn,
  ...batchesEn,
  ...settingsEn,
  ...clockEn,
  ...setupEn,
  ...tillEn,
  ...uiEn,
  'app.name': 'Karya POS',
  'nav.sale': 'Till',
  'app.device': 'Device',
  'app.businessDay': 'Business day',
  'app.loading': 'Loading…',
  'app.offline': 'The till engine is not ready',
  'app.retry': 'Try again',
  'app.dayNotClosed': 'Business day {day} has not been closed with a Z report',

  'lang.switch': 'Switch language to Bahasa Indonesia',

  'search.label': 'Search products',
  'search.placeholder': 'Search name, SKU or scan a barcode (F2)',
  'search.notFound': 'No product matches “{query}”',
  'search.empty': 'No products',
  'search.capped': 'Showing the first {n} products. Type more (or scan) to find the others.',
  'category.label': 'Category',
  'category.all': 'All',
  'product.perKg': '/kg',

  'weight.title': 'Weight of {name}',
  'weight.label': 'Weight (kg)',
  'weight.pricePerKg': 'Price {price} per kg',
  'weight.invalid': 'Invalid weight. Enter a number with at most 3 decimals, e.g. 1.25',
  'weight.zero': 'Weight must be more than 0 kg',
  'weight.tooLarge': 'Weight is too large',
  'weight.add': 'Add',
  'weight.save': 'Save',

  'cart.title': 'Cart',
  'cart.empty': 'The cart is empty. Pick products on the left.',
  'cart.each': '@ {price}',
  'cart.plus': 'Add one {name}',
  'cart.minus': 'Remove one {name}',
  'cart.editWeight': 'Change weight',
  'cart.remove': 'Remove {name}',
  'cart.subtotal': 'Subtotal',
  'cart.total': 'TOTAL',
  'cart.items': '{count} lines',
  'cart.pay': 'Pay',
  'cart.clear': 'Clear',
  'cart.clearConfirm': 'Clear the cart?',
  'cart.clearYes': 'Yes, clear',

  'pay.title': 'Payment',
  'pay.total': 'Total',
  'pay.cash': 'Cash received',
  'pay.exact': 'Exact cash',
  'pay.change': 'Change',
  'pay.short': '{amount} short',
  'pay.confirm': 'Complete',
  'pay.saving': 'Saving…',
  'pay.done': 'Sale completed',
  'pay.receiptNo': 'Receipt No.',
  'pay.newSale': 'New sale',

  'dialog.cancel': 'Cancel',
  'dialog.close': 'Close',

  'api.unreachable': 'Cannot reach the till engine. Check the app and try again.',
  'api.badReply': 'The till engine sent a reply that cannot be read.',
  'api.forbidden': 'Access denied. Reopen the till from the Karya POS app.',
};

import type { uiId } from './ui.id';

export const uiEn: Record<keyof typeof uiId, string> = {
  'ui.required': 'Required',
  'ui.optional': 'optional',
  'ui.money.required': 'Enter an amount in rupiah, e.g. 20.000',
  'ui.money.invalid': 'Write whole rupiah without cents, e.g. 20.000',
  'ui.money.negative': 'A rupiah amount cannot be negative',
  'ui.money.tooLarge': 'At most Rp 1.000.000.000.000',
  'ui.qty.invalid': 'Write the quantity as a number, e.g. 2 or 1,25',
  'ui.qty.whole': 'Pieces are counted whole: write a whole number',
  'ui.qty.decimals': 'At most 3 digits after the decimal comma',
  'ui.qty.positive': 'The quantity must be more than 0',
  'ui.qty.negative': 'The quantity cannot be negative',
  'ui.qty.tooLarge': 'At most 10.000 on one line',
  'ui.table.empty': 'Nothing here yet',
  'ui.dialog.close': 'Close',
};

import type { displayId } from './display.id';

export const displayEn: Record<keyof typeof displayId, string> = {
  'display.welcome': 'Welcome',
  'display.tagline': 'Made by inmates of Central Sulawesi',
  'display.items': 'Items',
  'display.more': 'and {count} more items',
  'display.discount': 'Discount',
  'display.total': 'Total',
  'display.scan': 'Scan with your payment app',
  'display.due': 'To pay',
  'display.change': 'Change',
  'display.thanks': 'Thank you',
  'display.waiting': 'Waiting for the till…',
  'display.button': 'Customer display',
  'display.openHelp':
    'Open this address in a browser on the second screen (facing the buyer), then press F11 for full screen:',
  'display.openWindow': 'Open window',
  'display.cannotOpen': 'The customer display cannot be opened from here.',
};

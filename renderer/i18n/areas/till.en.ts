import type { tillId } from './till.id';

export const tillEn: Record<keyof typeof tillId, string> = {
  'cart.itemsOne': '1 line',
  'cart.exact': 'Exact cash',
};

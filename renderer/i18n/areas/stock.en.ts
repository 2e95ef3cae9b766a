import type { stockId } from './stock.id';

export const stockEn: Record<keyof typeof stockId, string> = {};

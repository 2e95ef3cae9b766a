import type { afterSaleId } from './afterSale.id';

export const afterSaleEn: Record<keyof typeof afterSaleId, string> = {};

// Indonesian texts of the afterSale screens; afterSale.en.ts must match key for key.
export const afterSaleId = {} as const;

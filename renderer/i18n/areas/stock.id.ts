// Indonesian texts of the stock screens; stock.en.ts must match key for key.
export const stockId = {} as const;

// Indonesian texts of the catalog screens; catalog.en.ts must match key for key.
export const catalogId = {} as const;

// Indonesian texts of the printing screens; printing.en.ts must match key for key.
export const printingId = {} as const;

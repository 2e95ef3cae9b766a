// Indonesian texts of the payments screens; payments.en.ts must match key for key.
export const paymentsId = {} as const;

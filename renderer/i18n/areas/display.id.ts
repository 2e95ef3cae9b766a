// Indonesian texts of the display screens; display.en.ts must match key for key.
export const displayId = {} as const;

// The office's roles, with no schema library: the page imports them without pulling zod in.

/** A viewer reads, finance also issues statements, an admin also manages people and settings. */
export const OFFICE_ROLES = ['viewer', 'finance', 'admin'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

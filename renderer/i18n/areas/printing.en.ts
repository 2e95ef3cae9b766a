import type { printingId } from './printing.id';

export const printingEn: Record<keyof typeof printingId, string> = {};

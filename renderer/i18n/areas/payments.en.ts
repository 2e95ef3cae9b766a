import type { paymentsId } from './payments.id';

export const paymentsEn: Record<keyof typeof paymentsId, string> = {};

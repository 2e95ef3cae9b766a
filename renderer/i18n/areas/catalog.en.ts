import type { catalogId } from './catalog.id';

export const catalogEn: Record<keyof typeof catalogId, string> = {};

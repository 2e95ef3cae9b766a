import type { displayId } from './display.id';

export const displayEn: Record<keyof typeof displayId, string> = {};

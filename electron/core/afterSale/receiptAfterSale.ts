// What a printed receipt needs to say about a sale's void and refunds (marks and what came back).
import type { Database } from 'better-sqlite3';
import type { Refund, SaleVoid } from '../../../shared/contract';
import { findRefunds, findVoid } from './saleState';

export function afterSaleOf(db: Database, saleId: string): { void: SaleVoid | null; refunds: Refund[] } {
  return { void: findVoid(db, saleId), refunds: findRefunds(db, saleId) };
}

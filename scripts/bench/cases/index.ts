import { officeCases } from '../office/cases';
import type { BenchCase } from '../types';
import { batchCases } from './batches';
import { cliCases } from './cli';
import { gridCases } from './grid';
import { journalCases } from './journal';
import { receiptCases } from './receipt';
import { reportPdfCases } from './reportPdf';
import { salesCases } from './sales';
import { searchCases } from './search';
import { tillCases } from './till';

/** Every measurement `npm run bench` makes, in table order. Later areas add their cases here. */
export const CASES: BenchCase[] = [
  ...searchCases,
  ...salesCases,
  ...tillCases,
  ...gridCases,
  ...batchCases,
  ...journalCases,
  ...reportPdfCases,
  ...receiptCases,
  ...officeCases,
  ...cliCases,
];

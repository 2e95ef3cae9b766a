import type { qrisId } from './qris.id';

export const qrisEn: Record<keyof typeof qrisId, string> = {
  'nav.qris': 'QRIS reconciliation',
  'qris.title': 'QRIS reconciliation',
  'qris.day': 'Business day',
  'qris.statement': "QRIS statement (CSV from the provider's app)",
  'qris.help':
    "Statement lines are matched with the till's QRIS payments by amount and time (at most 15 minutes apart).",
  'qris.payments': 'QRIS payments at the till ({count})',
  'qris.result': 'Matching result',
  'qris.matched': 'Matched ({count})',
  'qris.onlyTill': 'Only at the till ({count}): confirmed but not in the statement',
  'qris.onlyStatement': 'Only in the statement ({count}): money in without a sale at this till',
  'qris.receipt': 'Receipt no.',
  'qris.amount': 'Amount',
  'qris.confirmedAt': 'Confirmed',
  'qris.confirmedBy': 'By',
  'qris.statementAt': 'Statement time',
  'qris.reference': 'Reference',
  'qris.line': 'Line',
  'qris.voided': 'voided',
  'qris.none': 'None.',
};

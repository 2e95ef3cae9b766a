import type { clockId } from './clock.id';

export const clockEn: Record<keyof typeof clockId, string> = {
  'clock.title': "The laptop's clock cannot be trusted",
  'clock.behind':
    "The laptop's clock shows a time before the newest data already saved. Selling is stopped so that receipt numbers, shifts and reports stay in order.",
  'clock.ahead':
    "The laptop's clock jumped more than {hours} hours past the last activity while a shift is still open. Selling is stopped so that shifts and reports stay in order.",
  'clock.now': "Laptop's clock now",
  'clock.newest': 'Newest data saved',
  'clock.lastActivity': 'Last activity',
  'clock.whatToDo': 'What to do',
  'clock.fix': 'Set the laptop\'s date and time right (zone {zone}), then press "Check again".',
  'clock.orConfirm':
    "If the laptop's clock is right, a manager or admin confirms it with their PIN; selling goes on.",
  'clock.recheck': 'Check again',
  'clock.confirm': 'Confirm with manager PIN',
  'clock.stillWrong': "The laptop's clock is still not right.",
  'clock.approvalReason': "Accept the laptop's clock, {now}, as the right time?",
  'audit.action.clock.confirm': 'Clock confirmed',
};

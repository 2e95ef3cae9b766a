import type { settingsId } from './settings.id';

export const settingsEn: Record<keyof typeof settingsId, string> = {
  'settings.title': 'Settings',
  'settings.officeName': 'Office name',
  'settings.officeNameHelp': 'Shown in the top bar. Empty: “Karya Office”.',
  'settings.lateDeviceDays': 'Device late after (days)',
  'settings.lateDeviceDaysHelp': 'A device that sent no day for this long is marked late. 1 to 60.',
  'settings.sessionIdleHours': 'Session ends after idle (hours)',
  'settings.sessionIdleHoursHelp': 'Unused for this long, a person must sign in again. 1 to 72.',
  'settings.save': 'Save settings',
  'settings.saved': 'Settings saved.',
  'settings.unchanged': 'Nothing changed.',
  'settings.readOnly': 'Only an admin can change the settings.',
  'settings.notWhole': 'Write a whole number.',
  'settings.history': 'Change history',
  'settings.col.at': 'Time',
  'settings.col.by': 'By',
  'settings.col.setting': 'Setting',
  'settings.col.before': 'Before',
  'settings.col.after': 'After',
  'settings.noHistory': 'No changes yet.',
  'settings.emptyValue': '(empty)',
};

import type { authId } from './auth.id';

export const authEn: Record<keyof typeof authId, string> = {
  'auth.title': 'Sign in',
  'auth.pickUser': 'Who is on duty?',
  'auth.pin': 'PIN',
  'auth.pinPlaceholder': '4–6 digits',
  'auth.signIn': 'Sign in',
  'auth.back': 'Change user',
  'auth.signOut': 'Sign out',
  'auth.signedInAs': 'Signed in as',
  'auth.noUsers': 'No active users yet. Ask the admin.',
  'auth.role.cashier': 'Cashier',
  'auth.role.manager': 'Manager',
  'auth.role.admin': 'Admin',
  'nav.label': 'Menu',
  'lock.button': 'Lock',
  'lock.title': 'Till locked',
  'lock.pin': 'PIN',
  'lock.unlock': 'Unlock',
  'lock.switch': 'Switch user',
};

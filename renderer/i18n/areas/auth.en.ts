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
  'setup.title': 'Welcome to Karya POS',
  'setup.intro':
    'This is the first time the app is opened. Create the admin account with a PIN of your choice; there is no default PIN.',
  'setup.name': 'Admin name',
  'setup.pin': 'Admin PIN (4–6 digits)',
  'setup.pinConfirm': 'Repeat the PIN',
  'setup.mismatch': 'The two PINs differ.',
  'setup.submit': 'Create admin and sign in',
  'nav.label': 'Menu',
};

import type { shellId } from './shell.id';

export const shellEn: Record<keyof typeof shellId, string> = {
  'app.name': 'Karya Office',
  'app.loading': 'Loading…',
  'app.unreachable': 'The office server does not answer. Check that `npm run office` is still running.',
  'app.badReply': 'The office server’s answer could not be read.',
  'app.retry': 'Try again',
  'lang.switch': 'Switch language to Bahasa Indonesia',

  'nav.label': 'Office pages',
  'nav.overview': 'Overview',
  'nav.statements': 'Statements',
  'nav.devices': 'Devices',
  'nav.products': 'Products',
  'nav.find': 'Find',
  'nav.users': 'Users',
  'nav.settings': 'Settings',

  'shell.signedInAs': 'Signed in as',
  'shell.signOut': 'Sign out',
  'shell.password': 'Password',
  'role.viewer': 'Viewer',
  'role.finance': 'Finance',
  'role.admin': 'Admin',

  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in with the name and password the office admin gave you.',
  'signIn.name': 'Name',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.busy': 'Checking…',

  'firstAdmin.title': 'Create the first admin',
  'firstAdmin.intro':
    'This office has no users yet. Create the first admin account: the admin adds the other users and changes the settings.',
  'firstAdmin.confirm': 'Repeat the password',
  'firstAdmin.mismatch': 'The two passwords are not the same.',
  'firstAdmin.submit': 'Create admin and sign in',
  'password.help': 'At least 8 characters.',

  'own.title': 'Change your password',
  'own.current': 'Current password',
  'own.new': 'New password',
  'own.confirm': 'Repeat the new password',
  'own.save': 'Save password',
  'own.done': 'Your password was changed. Your sessions in other browsers have ended.',
  'common.cancel': 'Cancel',
  'common.close': 'Close',

  'empty.soon': 'Not available yet',
  'empty.overview':
    'This month and today: net sales per unit and per device, and the devices that are late. Shown here once the office has received batches from the tills.',
  'empty.statements':
    'The settlement statement of a unit for a period: gross, refunds, net, and the PNBP, premi and working capital parts, as XLSX and PDF.',
  'empty.devices': 'The tills: last batch, last day, gaps, duplicates, and device codes seen twice.',
  'empty.products': 'Top-selling products per unit and per month.',
  'empty.find': 'Find a receipt or refund number across all devices.',
};

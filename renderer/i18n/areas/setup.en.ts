// English texts of first-run setup; the keys are setup.id.ts's.
import type { setupId } from './setup.id';

export const setupEn: Record<keyof typeof setupId, string> = {
  'setup.title': 'Welcome to Karya POS',
  'setup.intro':
    'This is the first time the app is opened on this laptop. Fill in the two steps below; nothing is saved until you press “Finish”.',
  'setup.step': 'Step {n} of 2',
  'setup.till.title': 'This till',
  'setup.device': 'Device code',
  'setup.deviceHelp':
    '2–8 letters or digits, different for every till laptop (the regional office tells tills apart by it). It cannot change after the first sale.',
  'setup.devicePreview': 'Receipt numbers will look like',
  'setup.deviceInvalid': 'The device code must be 2 to 8 letters or digits, without spaces or punctuation.',
  'setup.storeName': 'Booth or outlet name (receipt header)',
  'setup.storeNamePlaceholder': 'e.g. Karya Lapas Palu',
  'setup.storeNameMissing': 'Fill in the booth or outlet name.',
  'setup.address': 'Address (up to 3 lines)',
  'setup.addressTooLong': 'The address takes at most 3 lines of 40 characters each.',
  'setup.zone': 'Time zone',
  'setup.zoneHelp': 'The business day and the times on receipts follow this zone.',
  'setup.zoneLaptop': '{zone} (this laptop’s zone)',
  'setup.receiptPreview': 'Receipt header preview',
  'setup.next': 'Next',
  'setup.admin.title': 'Admin',
  'setup.admin.intro':
    'The admin sets up this till and adds cashiers and managers on the People screen. There is no default PIN: choose your own.',
  'setup.name': 'Admin name',
  'setup.pin': 'Admin PIN (4–6 digits)',
  'setup.pinConfirm': 'Repeat the PIN',
  'setup.pinShort': 'The PIN must be 4 to 6 digits.',
  'setup.mismatch': 'The two PINs differ.',
  'setup.back': 'Back',
  'setup.submit': 'Finish and sign in',
  'setup.enrol.offer':
    'Enrolled by the office? Open the enrolment file from the office (karya-pendaftaran-....zip): it fills in this step without typing.',
  'setup.enrol.opened': 'The enrolment file {file} was checked. This is what finishing will set:',
  'setup.enrol.open': 'Open enrolment file',
  'setup.enrol.other': 'Open another file',
  'setup.enrol.type': 'Type it instead',
  'setup.enrol.office': 'Office',
  'setup.enrol.name': 'Stand name (receipt header)',
  'setup.enrol.location': 'Location (second receipt line)',
  'setup.enrol.upload': 'Batch upload address',
  'setup.enrol.token': 'Upload token',
  'setup.enrol.key': 'Office key',
  'setup.enrol.catalogue': 'Catalogue',
  'setup.enrol.catalogueVersion': 'version {version}, {products} products',
  'setup.enrol.noCatalogue': 'none (the office has not published a catalogue; the sample catalogue stays)',
  'setup.enrol.demo':
    '{count} sample products already here are set inactive (not deleted) or replaced by the office product with the same SKU: this till sells the office catalogue.',
  'setup.enrol.adminNext': 'The admin name and PIN are chosen in the next step; neither is ever in the file.',
};

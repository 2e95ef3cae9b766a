// Enrolled tills on the devices page (EnrolDevices.tsx), English.
import type { enrolId } from './enrol.id';

export const enrolEn: Record<keyof typeof enrolId, string> = {
  'enrol.title': 'Enrolled tills',
  'enrol.intro':
    "Tills the office enrolled. Download the enrolment file here and open it in the till's first-run setup: device code, name, upload address, token, office key and catalogue are filled in without typing.",
  'enrol.start': 'Enrol a till',
  'enrol.none': 'No till has been enrolled from the office yet.',
  'enrol.col.device': 'Code',
  'enrol.col.name': 'Name and location',
  'enrol.col.state': 'Status',
  'enrol.col.file': 'Enrolment file',
  'enrol.col.catalogue': 'Catalogue in file',
  'enrol.col.actions': 'Actions',
  'enrol.sending': 'Sending',
  'enrol.notSending': 'Enrolled, not sending yet',
  'enrol.fileAt': '{at} (no. {count})',
  'enrol.noCatalogue': 'No catalogue',
  'enrol.downloadAgain': 'Download again',
  'enrol.dialogTitle': 'Enrol a new till',
  'enrol.device': 'Device code',
  'enrol.deviceHelp':
    '2 to 8 letters or digits, no spaces, e.g. PLU2. Printed in every receipt number; must differ from every other till.',
  'enrol.name': 'Stand or outlet name',
  'enrol.nameHelp': 'The first line of the receipt.',
  'enrol.location': 'Location',
  'enrol.locationHelp': "The second line of the receipt, e.g. the stand's address.",
  'enrol.uploadUrl': 'Upload address',
  'enrol.uploadUrlHelp':
    "This office's address the till sends its batches to: https, or http to this computer only.",
  'enrol.secretBefore':
    "The enrolment file holds this till's upload token, a secret: keep it on the USB stick the staff carry, do not send it by message, and delete it once the till is set up.",
  'enrol.submit': 'Enrol and download file',
  'enrol.given': '{file} was downloaded, with catalogue version {version}.',
  'enrol.givenNoCatalogue':
    '{file} was downloaded without a catalogue: the office has not published one yet, so the till keeps its sample catalogue until it takes a catalogue package.',
  'enrol.secret': 'The file holds a secret token; delete it once the till is set up.',
  'enrol.againTitle': 'Download the enrolment file of {device} again?',
  'enrol.againText':
    "The new file holds a new upload token and the current catalogue. The previous file's token is revoked now: a till already using it cannot send batches until its token is replaced. The enrolment file is opened only at a till's first-run setup; for a till already running, make a token on the Upload tokens page.",
};

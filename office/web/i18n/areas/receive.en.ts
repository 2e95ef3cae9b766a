import type { receiveId } from './receive.id';

export const receiveEn: Record<keyof typeof receiveId, string> = {
  'nav.receive': 'Receive batches',
  'receive.title': 'Receive batches from a USB stick or a folder',
  'receive.intro':
    'Tills that upload need nothing here. For batches brought on a USB stick: give the folder on this office computer that holds one batch folder or many (a USB stick’s contents, say). Each batch is checked as karya batch verify does before it is stored; one already here is not stored twice.',
  'receive.path': 'Folder on the office computer',
  'receive.pathHelp': 'The full path, e.g. /media/usb/karya-batch or E:\\karya-batch',
  'receive.submit': 'Check and store',
  'receive.busy': 'Checking…',
  'receive.summary': '{stored} stored, {duplicates} already here, {refused} refused.',
  'receive.col.folder': 'Folder',
  'receive.col.device': 'Device',
  'receive.col.seq': 'Batch no.',
  'receive.col.outcome': 'Result',
  'receive.col.why': 'Note',
  'receive.stored': 'Stored',
  'receive.duplicate': 'Already here',
  'receive.refused': 'Refused',
  'receive.viewerNote': 'Only finance staff or an admin can receive batches.',
};

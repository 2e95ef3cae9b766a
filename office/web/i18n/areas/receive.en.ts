import type { receiveId } from './receive.id';

export const receiveEn: Record<keyof typeof receiveId, string> = {
  'nav.receive': 'Receive batches',
  'receive.title': 'Receive batches from a USB stick or a folder',
  'receive.intro':
    'Tills that upload need nothing here. For batches brought on a USB stick: drop the folder here, or type its folder on the office computer. Every batch is checked as karya batch verify does before it is stored; one already here is not stored twice.',
  'receive.dropTitle': 'Drop batch folders here',
  'receive.dropHelp':
    'One batch folder, many at once (a whole USB stick, say), or batch .zip files. Works from any computer that opens this page.',
  'receive.pick': 'Choose a folder…',
  'receive.sending': 'Sending batch {done} of {total}…',
  'receive.dropNone':
    'No batch folder in what was dropped: a batch folder holds manifest.json (or drop batch .zip files).',
  'receive.dropUnreadable': 'The browser could not read what was dropped. Try choosing the folder.',
  'receive.ignored': 'Files left out (not part of a batch): {count}.',
  'receive.orPath': 'Or type a folder on the office computer',
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
  'nav.tokens': 'Upload tokens',
  'tokens.title': 'Till upload tokens',
  'tokens.intro':
    'Tills that send batches over the network use this office’s address and a token of their own (on the till: Settings → Batch upload). Make one token per till. A token is shown once; the office keeps only its fingerprint (SHA-256). Revoking a token refuses that till’s uploads from then on.',
  'tokens.label': 'For till',
  'tokens.labelHelp': 'A name people recognise, e.g. BTH1 Palu exhibition booth',
  'tokens.create': 'Make token',
  'tokens.madeTitle': 'Token for {label} made',
  'tokens.address': 'Upload address',
  'tokens.token': 'Token',
  'tokens.onceNote':
    'Copy both into the till’s Batch upload settings now: this token cannot be shown again. If it is lost, revoke it and make a new one.',
  'tokens.localAddress':
    'This page was opened at the office computer’s own address (127.0.0.1): tills need the office’s network address or its HTTPS address (see docs/office.md), with /batches after it.',
  'tokens.none': 'No tokens yet. Tills that only bring a USB stick need none.',
  'tokens.col.label': 'For till',
  'tokens.col.created': 'Made',
  'tokens.col.status': 'Status',
  'tokens.col.actions': 'Actions',
  'tokens.active': 'Active',
  'tokens.revokedAt': 'Revoked {at}',
  'tokens.revoke': 'Revoke',
  'tokens.revokeTitle': 'Revoke the token {label}?',
  'tokens.revokeText':
    'Uploads with this token are refused from now on. Batches already received stay. That till needs a new token to upload again.',
  'tokens.revoked': 'Token {label} revoked.',
};

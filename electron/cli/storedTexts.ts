// The command line prints in Indonesian. A print job and a batch upload carry texts the engine
// stored as messages (why the last attempt failed, a warning, the till's words for a rejection);
// they are worded here, the way the screens word them in the person's language. So are reasons a
// command returns as a message (`{ key, params }`: why a sale cannot be voided, why no batch waits).
import { formatMessage, isMessageKey } from '../../shared/messages';
import { wordStored } from '../../shared/messages/stored';

/** The fields of a print job (PrintJob) and a batch upload (BatchUpload) that hold stored texts. */
const STORED_FIELDS = ['lastError', 'warning', 'reason'] as const;

/**
 * `data` with every stored text of a print job or an upload in it worded in Indonesian. Both are
 * recognised by their `lastError` field; other objects (a sale's void reason) are left alone.
 */
export function storedTextsInIndonesian(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(storedTextsInIndonesian);
  if (data === null || typeof data !== 'object') return data;
  if (isMessageRef(data)) return formatMessage('id', data.key, data.params);
  const holdsStored = Object.hasOwn(data, 'lastError');
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    out[name] =
      holdsStored && typeof value === 'string' && (STORED_FIELDS as readonly string[]).includes(name)
        ? wordStored('id', value)
        : storedTextsInIndonesian(value);
  }
  return out;
}

/** A message sent as data: a catalogue key, its params if any, and nothing else. */
function isMessageRef(data: object): data is { key: string; params?: Record<string, never> } {
  const names = Object.keys(data);
  const { key, params } = data as { key?: unknown; params?: unknown };
  return (
    isMessageKey(key) &&
    names.every((name) => name === 'key' || name === 'params') &&
    (params === undefined || (typeof params === 'object' && params !== null))
  );
}

// The command line prints in Indonesian. A print job and a batch upload carry texts the engine
// stored as messages (why the last attempt failed, a warning, the till's words for a rejection);
// they are worded here, the way the screens word them in the person's language.
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

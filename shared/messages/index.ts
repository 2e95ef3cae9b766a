// The message catalogue: every refusal the engine or the contract can give, keyed, in Indonesian
// and English. The engine sends key + params; the command line and logs word them in Indonesian,
// the screens in the language the person chose. How to add a message: docs/architecture.md.
import { officeCatalogue } from '../office/catalogueMessages';
import { office } from '../office/messages';
import { officeUploads } from '../office/uploadMessages';
import { afterSale } from './afterSale';
import { auth } from './auth';
import { backup } from './backup';
import { batches } from './batches';
import { catalog } from './catalog';
import { catalogPackage } from './catalogPackage';
import { cli } from './cli';
import { clock } from './clock';
import { common } from './common';
import { db } from './db';
import { device } from './device';
import { enrolment } from './enrolment';
import { fields } from './fields';
import { inputs } from './inputs';
import { officeDb } from './officeDb';
import { officeStatements } from './officeStatements';
import { payments } from './payments';
import { printing } from './printing';
import { reports } from './reports';
import { sales } from './sales';
import { search } from './search';
import { setup } from './setup';
import { shifts } from './shifts';
import { stock } from './stock';
import type { Catalogue, Lang, MessageParam, MessageParams, MessageRef, Placeholders } from './types';

export type { Catalogue, Lang, MessageParam, MessageParams, MessageRef, Wording } from './types';

/** Every area's catalogue; an area is one file here, its keys prefixed with the area's name. */
export const CATALOGUES = {
  common,
  fields,
  inputs,
  afterSale,
  auth,
  backup,
  batches,
  catalog,
  catalogPackage,
  cli,
  clock,
  db,
  device,
  enrolment,
  officeDb,
  officeStatements,
  payments,
  printing,
  reports,
  sales,
  search,
  setup,
  shifts,
  stock,
  office,
  officeUploads,
  officeCatalogue,
} as const;

type Merged = (typeof CATALOGUES)[keyof typeof CATALOGUES];
type KeysOf<T> = T extends unknown ? keyof T : never;
export type MessageKey = KeysOf<Merged> & string;
type WordingOf<K extends MessageKey> = Extract<Merged, Record<K, unknown>>[K];

export const MESSAGES: Readonly<Record<MessageKey, { id: string; en: string }>> = Object.assign(
  {},
  ...Object.values(CATALOGUES),
) as Catalogue as Readonly<Record<MessageKey, { id: string; en: string }>>;

/** The params a key needs: exactly its placeholders, or none. */
export type ParamsOf<K extends MessageKey> = [
  Placeholders<WordingOf<K> extends { id: infer S extends string } ? S : string>,
] extends [never]
  ? undefined
  : Readonly<
      Record<Placeholders<WordingOf<K> extends { id: infer S extends string } ? S : string>, MessageParam>
    >;

/** A key naming a field in words (`field.*`, `label.*`), for messages that say which field. */
export type LabelKey = Extract<MessageKey, `field.${string}` | `label.${string}`>;

/** Rest arguments for a key: none when it has no placeholders, else its params object. */
export type ParamArgs<K extends MessageKey> = ParamsOf<K> extends undefined ? [] : [params: ParamsOf<K>];

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(MESSAGES, key);
}

/** A message as data, to pass as a param of another message (a role, a field label). */
export function ref<K extends MessageKey>(key: K, ...params: ParamArgs<K>): MessageRef {
  return params[0] ? { key, params: params[0] } : { key };
}

function isRef(value: MessageParam): value is MessageRef {
  return typeof value === 'object' && value !== null && typeof value.key === 'string';
}

/**
 * Words a message in `lang`: placeholders are filled from params (messages given as params are
 * worded in the same language); an unknown key gives undefined so the caller can fall back.
 */
export function formatMessage(lang: Lang, key: string, params?: MessageParams): string | undefined {
  const wording = isMessageKey(key) ? MESSAGES[key] : undefined;
  if (!wording) return undefined;
  const text = wording[lang];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    if (isRef(value)) return formatMessage(lang, value.key, value.params) ?? whole;
    return String(value);
  });
}

/** The Indonesian wording, for the command line and logs. */
export function indonesian<K extends MessageKey>(key: K, ...params: ParamArgs<K>): string {
  return formatMessage('id', key, params[0] as MessageParams | undefined) ?? key;
}

// ---------- zod messages ----------
// A contract schema's `error:` is a string; it carries a message key (and, when the wording has
// placeholders, its params as JSON right after the key). validateInput reads it back.

/** The `error:` of a contract schema: a catalogue key, checked by the compiler. */
export function msg<K extends MessageKey>(key: K, ...params: ParamArgs<K>): string {
  return params[0] ? `${key}${JSON.stringify(params[0])}` : key;
}

/** `msg` for a message already held as data (a shared module's reason, a stored failure). */
export function msgOf(message: MessageRef): string {
  return message.params ? `${message.key}${JSON.stringify(message.params)}` : message.key;
}

/** Reads back what `msg` wrote; null for any other text (zod's own messages). */
export function readMsg(text: string): MessageRef | null {
  const brace = text.indexOf('{');
  const key = brace < 0 ? text : text.slice(0, brace);
  if (!isMessageKey(key)) return null;
  if (brace < 0) return { key };
  try {
    return { key, params: JSON.parse(text.slice(brace)) as MessageParams };
  } catch {
    return null;
  }
}

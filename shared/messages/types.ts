// The shapes every message catalogue shares. A message is a key with Indonesian and English
// wording side by side; `{name}` placeholders are filled from params when the message is worded.

export type Lang = 'id' | 'en';

/** One message in both languages; both must use the same placeholders (checked by a test). */
export interface Wording {
  readonly id: string;
  readonly en: string;
}

export type Catalogue = Readonly<Record<string, Wording>>;

/**
 * A parameter is a plain value shown as is (a name, a receipt number, an amount already formatted
 * as rupiah) or another message, worded in the same language (a role, a field label, a reason).
 */
export type MessageParam = string | number | MessageRef;
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A message not yet worded: a catalogue key and its params. Plain JSON, so it crosses every door. */
export interface MessageRef {
  readonly key: string;
  readonly params?: MessageParams;
}

/** The placeholder names in a wording, e.g. `'Produk {name} ({sku})'` gives `'name' | 'sku'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

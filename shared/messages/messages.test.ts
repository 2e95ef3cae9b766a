import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractFieldNames } from './contractFields';
import { CATALOGUES, formatMessage, isMessageKey, MESSAGES, msg, readMsg } from './index';

const root = join(__dirname, '..', '..');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('message catalogue', () => {
  it('words every key in both languages with the same placeholders', () => {
    for (const [key, wording] of Object.entries(MESSAGES)) {
      expect(wording.id.trim(), `${key} (id)`).not.toBe('');
      expect(wording.en.trim(), `${key} (en)`).not.toBe('');
      expect(placeholders(wording.en), key).toEqual(placeholders(wording.id));
    }
  });

  it('has each key once, in the file of its area', () => {
    const seen = new Set<string>();
    for (const [area, catalogue] of Object.entries(CATALOGUES)) {
      for (const key of Object.keys(catalogue)) {
        expect(seen.has(key), `${key} twice`).toBe(false);
        seen.add(key);
        const prefix = key.split('.')[0];
        const allowed: Record<string, string[]> = {
          common: ['common', 'input'],
          fields: ['field', 'label'],
          inputs: ['input'],
        };
        expect(allowed[area] ?? [area], key).toContain(prefix);
      }
    }
  });

  it('has wording for every key the engine and the contract use (scanned from the sources)', () => {
    const used = new Map<string, string>();
    const patterns = [
      /new EngineError\(\s*'[A-Z_]+'\s*,\s*'([^']+)'/g, // a refusal
      /\bmsg\(\s*'([^']+)'/g, // a contract rule's message
      /\bkey: '([a-zA-Z]+\.[a-zA-Z0-9.]+)'/g, // a message given as a param
      /'([a-z][a-zA-Z]*\.[a-zA-Z0-9.]+)'\s*(?:\?|:)/g, // one of two keys in a condition
      /storageError\(error, \{[^}]*\}/g,
    ];
    for (const file of [
      ...sources('electron'),
      ...sources('shared/contract'),
      'shared/settlement.ts',
      'shared/pricing.ts',
    ]) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const pattern of patterns.slice(0, 3)) {
        for (const match of text.matchAll(pattern)) used.set(match[1] as string, file);
      }
      for (const match of text.matchAll(
        /\b(?:EngineError|SettlementError|PricingError)\([^)]*?'([a-z][a-zA-Z]*\.[a-zA-Z0-9.]+)'/g,
      )) {
        used.set(match[1] as string, file);
      }
    }
    expect(used.size).toBeGreaterThan(300);
    const missing = [...used].filter(([key]) => !isMessageKey(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('leaves no refusal in the engine as bare text: every EngineError names a key', () => {
    const bare: string[] = [];
    for (const file of sources('electron')) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of text.matchAll(
        /new EngineError\(\s*'[A-Z_]+'\s*,\s*([`"]|'(?![a-z][a-zA-Z]*\.[a-zA-Z0-9.]+'))/g,
      )) {
        bare.push(`${file}: ${match[0]}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('has the contract word its rules with keys, never with bare text', () => {
    const bare: string[] = [];
    for (const file of sources('shared/contract')) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of text.matchAll(/\berror:\s*([`'"][^\n]*)/g)) bare.push(`${file}: ${match[1]}`);
    }
    expect(bare).toEqual([]);
  });

  it('gives every field of every command a label in words', () => {
    const unlabelled = [...contractFieldNames()]
      .filter(([name]) => !isMessageKey(`field.${name}`))
      .map(([name, command]) => `${name} (${command})`);
    expect(unlabelled).toEqual([]);
  });
});

describe('formatMessage', () => {
  it('words a key in either language, params included, and messages given as params in the same language', () => {
    const params = { name: 'Sari', value: { key: 'common.role.manager' } };
    expect(formatMessage('id', 'auth.managerOnlyCashiers', params)).toBe(
      'Manajer hanya boleh mengelola kasir; Sari adalah manajer. Minta admin.',
    );
    expect(formatMessage('en', 'auth.managerOnlyCashiers', params)).toBe(
      'Managers may only manage cashiers; Sari is manager. Ask an admin.',
    );
    expect(formatMessage('en', 'no.such.key')).toBeUndefined();
  });

  it('reads back a contract message with its params', () => {
    const text = msg('input.fieldMaxChars', { field: { key: 'label.sku' }, max: 64 });
    expect(readMsg(text)).toEqual({
      key: 'input.fieldMaxChars',
      params: { field: { key: 'label.sku' }, max: 64 },
    });
    expect(readMsg('Input tidak valid')).toBeNull();
  });
});

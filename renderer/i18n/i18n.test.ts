import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../shared/contract';
import { en } from './en';
import { id } from './id';
import { translate } from './index';

describe('dictionaries', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('have no empty values', () => {
    for (const dict of [id, en]) {
      for (const [key, value] of Object.entries(dict)) {
        expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(id)) {
      expect(names(en[key as keyof typeof id]), key).toEqual(names(value));
    }
  });
});

describe('audit actions', () => {
  it('each has a label in both languages, so the audit screen never shows a bare key', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(Object.hasOwn(id, `audit.action.${action}`), action).toBe(true);
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('id', 'pay.short', { amount: 'Rp 5.000' })).toBe('Kurang Rp 5.000');
    expect(translate('en', 'pay.short')).toBe('{amount} short');
  });
});

import { describe, expect, it } from 'vitest';
import { planSearch } from './ftsQuery';

describe('planSearch', () => {
  it('makes every word a quoted prefix, and the 3+ letter ones part-of-word terms', () => {
    expect(planSearch('kopi bu')).toEqual({
      words: '"kopi"* AND "bu"*',
      grams: '"kopi"',
      gramsShortWords: '"bu"*',
    });
    expect(planSearch('  Bawang   GORENG ')).toEqual({
      words: '"Bawang"* AND "GORENG"*',
      grams: '"Bawang" AND "GORENG"',
      gramsShortWords: null,
    });
  });

  it('has no part-of-word terms for one- and two-letter words (trigrams cannot match them)', () => {
    expect(planSearch('ba')).toEqual({ words: '"ba"*', grams: null, gramsShortWords: null });
  });

  it('matches a chunk with punctuation literally, never as FTS5 syntax', () => {
    expect(planSearch('bwg-10')).toEqual({ words: null, grams: '"bwg-10"', gramsShortWords: null });
    expect(planSearch('100%')).toEqual({ words: null, grams: '"100%"', gramsShortWords: null });
    // Quotes, stars, colons and NEAR cannot break out of the quoted terms.
    expect(planSearch('"a" OR *:')).toEqual({ words: '"a"* AND "OR"*', grams: null, gramsShortWords: null });
    expect(planSearch('x"y:*')).toEqual({ words: null, grams: '"y:*"', gramsShortWords: '"x"*' });
    expect(planSearch('NOT NEAR')).toMatchObject({ words: '"NOT"* AND "NEAR"*' });
  });

  it('splits on control characters: a NUL never reaches FTS5 inside a quoted term', () => {
    expect(planSearch('ab\u0000cd')).toEqual({
      words: '"ab"* AND "cd"*',
      grams: null,
      gramsShortWords: null,
    });
    expect(planSearch('kopi\u0007\u001Btoraja')).toMatchObject({ words: '"kopi"* AND "toraja"*' });
  });

  it('splits a short chunk with punctuation into its words', () => {
    expect(planSearch('a.')).toEqual({ words: '"a"*', grams: null, gramsShortWords: null });
    expect(planSearch('%')).toEqual({ words: null, grams: null, gramsShortWords: null });
  });

  it('keeps accented letters in words (the tokenizer folds them) and caps the number of terms', () => {
    expect(planSearch('café').words).toBe('"café"*');
    expect(planSearch('a b c d e f g h i j').words?.split(' AND ')).toHaveLength(8);
  });
});

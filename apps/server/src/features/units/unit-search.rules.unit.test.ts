import { describe, expect, it } from 'vitest';
import { indexedWords } from './unit-search.rules.ts';

describe('indexedWords', () => {
  it.each([
    [
      ['truong', 'tieu', 'hoc', 'nghi', 'loc', 'so', '17'],
      ['nghi', 'loc'],
    ],
    [['cdcs', 'may'], []],
    [['nghi'], []],
    [
      ['dien', 'tu', 'so', '1999'],
      ['dien', 'tu'],
    ],
    [['a', 'b', 'c'], []],
  ])('%j → %j', (words, expected) => expect(indexedWords(words)).toEqual(expected));
});

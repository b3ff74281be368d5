import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldKey, foldVietnamese, normaliseText, searchTerms } from './text.ts';

describe('Vietnamese text', () => {
  it.each([
    ['Nghệ An', 'nghe an'],
    ['ĐỒNG THÁP', 'dong thap'],
    ['Sáng kiến tiết kiệm điện', 'sang kien tiet kiem dien'],
    ['  Hà   Tĩnh ', 'ha tinh'],
    ['Quỳnh Châu', 'quynh chau'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('folds decomposed (NFD) and composed (NFC) text the same', () => {
    expect(foldVietnamese('Nghệ An'.normalize('NFD'))).toBe(foldVietnamese('Nghệ An'.normalize('NFC')));
  });

  it('normalises to NFC with single spaces', () => {
    const decomposed = 'Tiết  kiệm'.normalize('NFD');
    expect(normaliseText(` ${decomposed} `)).toBe('Tiết kiệm'.normalize('NFC'));
  });

  it.each([
    ['Mã đơn vị cấp trên', 'madonvicaptren'],
    ['parent_code', 'parentcode'],
    ['Giá trị làm lợi (đồng)', 'giatrilamloidong'],
  ])('matches header %s loosely', (header, key) => {
    expect(foldKey(header)).toBe(key);
  });

  it('sorts in Vietnamese alphabetical order', () => {
    const names = ['Đông', 'Dương', 'An', 'Ân', 'Bình', 'Ă'];
    expect([...names].sort(compareVietnamese)).toEqual(['An', 'Ă', 'Ân', 'Bình', 'Dương', 'Đông']);
  });

  it('splits a query into folded words', () => {
    expect(searchTerms('Sáng-kiến  ĐIỆN')).toEqual(['sang', 'kien', 'dien']);
  });
});

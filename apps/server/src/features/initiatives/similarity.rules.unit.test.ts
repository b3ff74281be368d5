import { describe, expect, it } from 'vitest';
import { jaccard, rankSimilar, similarityText, titleKey, trigrams } from './similarity.rules.ts';

describe('near-duplicate hints', () => {
  it('folds titles into a key that ignores diacritics, case and spacing', () => {
    expect(titleKey('Cải tiến  QUY TRÌNH đóng gói')).toBe(titleKey('cai tien quy trinh dong goi hang'));
    expect(titleKey('Cải tiến quy trình đóng gói')).toHaveLength(16);
  });

  it('scores near-identical Vietnamese texts high and different ones low', () => {
    const a = similarityText(['Cải tiến quy trình đóng gói sản phẩm', 'Đóng gói thủ công chậm']);
    const b = similarityText(['Cai tien quy trinh dong goi san pham', 'Dong goi thu cong cham.']);
    const c = similarityText(['Cải tiến quy trình kiểm kê kho', 'Kiểm kê bằng sổ tay mất nhiều ngày']);
    expect(jaccard(trigrams(a), trigrams(b))).toBe(1);
    expect(jaccard(trigrams(a), trigrams(c))).toBeLessThan(0.5);
    expect(
      rankSimilar(a, [
        { id: 1, text: b },
        { id: 2, text: c },
      ]).map((s) => s.id),
    ).toEqual([1]);
  });

  it('gives empty texts no similarity', () => {
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

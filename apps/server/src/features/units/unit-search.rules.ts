/**
 * Which query words the word index should look up. Words that appear in a large share of unit
 * names ("công đoàn", "trường", "công ty"…) would make the index return most of the tree, which
 * is slower than reading it, so they are only checked as text.
 */
const COMMON_WORDS = new Set(
  [
    'cd cdcs cong doan lien lao dong ldld tong',
    'tinh thanh pho huyen quan thi xa phuong thi tran',
    'truong mam non tieu hoc thcs thpt trung dai cao dang',
    'ty cty co phan tnhh mtv doanh nghiep nha may xi nghiep chi nhanh',
    'nganh khu cong nghiep kinh te benh vien so ban uy nhan dan',
  ]
    .join(' ')
    .split(' '),
);

/** The whole words to look up in the index: all but the last (it may still be typed), not common. */
export function indexedWords(words: readonly string[]): string[] {
  return words.slice(0, -1).filter((w) => w.length >= 2 && !COMMON_WORDS.has(w));
}

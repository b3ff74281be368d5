/**
 * Near-duplicate hints (product.md §4.3): two submissions whose folded title and text share
 * most of their character trigrams. Candidates come from the same phase with the same folded
 * title start (`titleKey`); the score is the Jaccard index of the trigram sets.
 */
import { foldVietnamese } from '@sangkien/shared';

export const SIMILAR_THRESHOLD = 0.8;
export const MAX_SIMILAR = 5;
const TITLE_KEY_LENGTH = 16;

/** The folded title's first letters and digits, spaces left out. */
export function titleKey(title: string): string {
  return foldVietnamese(title)
    .replace(/[^a-z0-9]/g, '')
    .slice(0, TITLE_KEY_LENGTH);
}

/** What is compared: title, problem, solution and benefit, folded. */
export function similarityText(parts: ReadonlyArray<string | null | undefined>): string {
  return foldVietnamese(parts.filter(Boolean).join(' '))
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The candidates at or above the threshold, most similar first, at most MAX_SIMILAR. */
export function rankSimilar<T extends { text: string }>(
  text: string,
  candidates: readonly T[],
): Array<T & { score: number }> {
  const mine = trigrams(text);
  return candidates
    .map((c) => ({ ...c, score: Math.round(jaccard(mine, trigrams(c.text)) * 1000) / 1000 }))
    .filter((c) => c.score >= SIMILAR_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SIMILAR);
}

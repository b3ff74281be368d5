/**
 * Precision and recall of the near-duplicate hint (similarity.rules.ts: Jaccard index of the folded
 * text's character trigrams, flagged at SIMILAR_THRESHOLD) on a labelled set of Vietnamese pairs:
 * copies resubmitted (retitled, or typed without diacritics), hand-written paraphrases, unrelated
 * pairs and same-topic pairs that are different initiatives.
 *   node --import tsx bench/duplicates-precision.ts
 */
import fs from 'node:fs';
import {
  jaccard,
  SIMILAR_THRESHOLD,
  similarityText,
  trigrams,
} from '../apps/server/src/features/initiatives/similarity.rules.ts';

interface Side {
  title: string;
  problem: string;
  solution: string;
}
interface Pair {
  kind: 'copy' | 'paraphrase' | 'unrelated' | 'same_topic';
  duplicate: boolean;
  a: Side;
  b: Side;
}

const { pairs } = JSON.parse(fs.readFileSync(new URL('./fixtures/duplicates.json', import.meta.url), 'utf8')) as {
  pairs: Pair[];
};
const text = (s: Side) => similarityText([s.title, s.problem, s.solution]);
const scored = pairs.map((p) => ({ ...p, score: jaccard(trigrams(text(p.a)), trigrams(text(p.b))) }));

function measure(threshold: number) {
  const flagged = scored.filter((p) => p.score >= threshold);
  const truePositives = flagged.filter((p) => p.duplicate).length;
  const duplicates = scored.filter((p) => p.duplicate).length;
  return {
    threshold,
    precision: flagged.length === 0 ? 1 : truePositives / flagged.length,
    recall: truePositives / duplicates,
    flagged: flagged.length,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`${pairs.length} cặp, ${scored.filter((p) => p.duplicate).length} là trùng lặp`);
for (const kind of ['copy', 'paraphrase', 'unrelated', 'same_topic'] as const) {
  const scores = scored.filter((p) => p.kind === kind).map((p) => p.score);
  console.log(
    `${kind.padEnd(11)} n=${scores.length} điểm min ${Math.min(...scores).toFixed(3)} max ${Math.max(...scores).toFixed(3)}`,
  );
}
for (const threshold of [SIMILAR_THRESHOLD, 0.6, 0.5, 0.4, 0.3, 0.25]) {
  const m = measure(threshold);
  const mark = threshold === SIMILAR_THRESHOLD ? ' (ngưỡng đang dùng)' : '';
  console.log(
    `ngưỡng ${threshold}${mark}: precision ${pct(m.precision)}, recall ${pct(m.recall)}, gắn cờ ${m.flagged}`,
  );
}

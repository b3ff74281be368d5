/**
 * The deadline surge at bench scale: N members submitting within the last seconds of a phase.
 *   node --import tsx bench/surge.ts [--members 20000] [--window 60] [--scale province]
 *        [--database NAME] [--processes N --nginx] [--quick]
 * --quick: 300 members over 10 seconds on the small demo. Exit code 1 when a promise is broken.
 */
import { parseArgs } from 'node:util';
import { memberTokens } from './harness/fixtures.ts';
import { writeResults } from './harness/report.ts';
import { startStack } from './harness/stack.ts';
import { runSurge } from './harness/surge-check.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    members: { type: 'string' },
    window: { type: 'string' },
    scale: { type: 'string' },
    database: { type: 'string' },
    processes: { type: 'string', default: '1' },
    nginx: { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const members = Number(values.members ?? (quick ? 300 : 20_000));
const windowSeconds = Number(values.window ?? (quick ? 10 : 60));
const processes = Number(values.processes);
const stack = await startStack({
  database: values.database,
  scale: values.scale ?? (quick ? 'small' : 'province'),
  processes,
  nginx: values.nginx || processes > 1,
});
let failed = false;
try {
  const who = await memberTokens(stack.db.url, members);
  console.error(`${who.length} members; surge of ${windowSeconds} s against ${stack.baseUrl}`);
  const stopRss = stack.sampleRss();
  const report = await runSurge({ url: stack.db.url, baseUrl: stack.baseUrl, members: who, windowSeconds });
  const rss = stopRss();
  console.log(JSON.stringify({ ...report, server_peak_rss_mb: rss }, null, 2));
  writeResults(`surge-${members}${processes > 1 ? `-x${processes}` : ''}`, { ...report, server_peak_rss_mb: rss });
  failed = report.violations.length > 0;
  console.log(failed ? `BROKEN: ${report.violations.join('; ')}` : 'Surge kept every promise.');
} finally {
  await stack.stop();
}
process.exitCode = failed ? 1 : 0;

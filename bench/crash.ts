/**
 * Crash without loss at bench scale: clients submit while the server is SIGKILLed and restarted.
 *   node --import tsx bench/crash.ts [--clients 50] [--seconds 30] [--kills 2] [--scale province]
 *        [--database NAME] [--processes N --nginx] [--quick]
 * Exit code 1 when the database and the acknowledgements disagree or `sangkien verify` finds drift.
 */
import { parseArgs } from 'node:util';
import { runCrash } from './harness/crash-check.ts';
import { memberTokens } from './harness/fixtures.ts';
import { writeResults } from './harness/report.ts';
import { startStack } from './harness/stack.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    clients: { type: 'string' },
    seconds: { type: 'string' },
    kills: { type: 'string' },
    scale: { type: 'string' },
    database: { type: 'string' },
    processes: { type: 'string', default: '1' },
    nginx: { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const seconds = Number(values.seconds ?? (quick ? 12 : 30));
const kills = Number(values.kills ?? 2);
const processes = Number(values.processes);
const stack = await startStack({
  database: values.database,
  scale: values.scale ?? (quick ? 'small' : 'province'),
  processes,
  nginx: values.nginx || processes > 1,
});
let failed = false;
try {
  const who = await memberTokens(stack.db.url, quick ? 200 : 2000);
  const killAt = Array.from({ length: kills }, (_, i) => ((i + 1) * seconds) / (kills + 1));
  console.error(`${who.length} members; kills at ${killAt.map((s) => s.toFixed(1)).join(', ')} s`);
  const report = await runCrash({
    url: stack.db.url,
    baseUrl: stack.baseUrl,
    members: who,
    clients: Number(values.clients ?? (quick ? 20 : 50)),
    seconds,
    killAt,
    killAndRestart: () => stack.killAndRestart(),
  });
  console.log(JSON.stringify(report, null, 2));
  writeResults(`crash${processes > 1 ? `-x${processes}` : ''}`, report as unknown as Record<string, unknown>);
  failed = report.violations.length > 0;
  console.log(failed ? `BROKEN: ${report.violations.join('; ')}` : 'Crash lost nothing and duplicated nothing.');
} finally {
  await stack.stop();
}
process.exitCode = failed ? 1 : 0;

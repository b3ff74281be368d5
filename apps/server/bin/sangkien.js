#!/usr/bin/env node
// The `sangkien` command: TypeScript sources run through tsx, no build step needed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// A CSV export streams millions of rows; left alone V8 lets its heap grow far past what the
// batches need (467 MB peak for the national demo, 293 MB with this cap), so cap it.
const args = process.argv.slice(2);
const csvExport = args[0] === 'export' && args[1] && !args[1].toLowerCase().endsWith('.xlsx');
const capped = process.execArgv.some((a) => a.startsWith('--max-old-space-size'));
if (csvExport && !capped && !process.env.NODE_OPTIONS?.includes('--max-old-space-size')) {
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=160', ...process.execArgv, fileURLToPath(import.meta.url), ...args],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}

register();
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(args);

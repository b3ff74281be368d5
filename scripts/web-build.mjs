// Builds apps/web when its output is missing or older than any source it is made from.
// Shared by `npm start` and the e2e setup so both serve the pages as the sources are now.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = path.join(ROOT, 'apps/web/dist/index.html');
const SOURCES = [
  'apps/web/src',
  'apps/web/build',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'packages/shared/src',
].map((entry) => path.join(ROOT, entry));

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file only shows as its folder's change
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Why the web must be built, or null when dist is up to date. */
export function webBuildReason() {
  if (!fs.existsSync(OUTPUT)) return 'chưa có apps/web/dist';
  const built = fs.statSync(OUTPUT).mtimeMs;
  const stale = SOURCES.find((entry) => newestMtime(entry) > built);
  return stale ? `${path.relative(ROOT, stale)} mới hơn bản dựng` : null;
}

/** Builds when stale; throws with the build's exit status when the build fails. */
export function ensureWebBuilt({ log = console.log } = {}) {
  const reason = webBuildReason();
  if (!reason) return false;
  log(`Đang dựng giao diện web (${reason})…`);
  // A NODE_ENV inherited from a test runner would make Vite bundle React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`Dựng giao diện web thất bại (mã ${result.status ?? result.signal}).`);
  return true;
}

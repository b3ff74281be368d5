#!/usr/bin/env node
// `npm test`: runs every tier that can run here. In CI (CI=true) a tier that cannot run is a
// failure, never a skip: PostgreSQL must answer and Chromium must be installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const pgUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extra = process.argv.slice(2);

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port), timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const projects = ['unit', 'pglite'];
const missing = [];
if (await reachable(pgUrl.hostname, pgUrl.port || 5432)) projects.push('postgres');
else missing.push(`postgres (không kết nối được ${pgUrl.host})`);
if (fs.existsSync(chromium)) projects.push('e2e');
else missing.push(`e2e (không có Chromium tại ${chromium})`);

if (missing.length > 0) {
  const line = `Thiếu tầng kiểm thử: ${missing.join('; ')}`;
  if (ci) {
    console.error(`${line}. Trong CI mọi tầng đều bắt buộc (chạy .ci/run để cài đặt).`);
    process.exit(1);
  }
  console.warn(`${line}. Bỏ qua khi chạy trên máy cá nhân; CI sẽ chạy đủ.`);
}

console.log(`Các tầng kiểm thử: ${projects.join(', ')}`);
const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), ...extra];
const result = spawnSync('npx', args, {
  stdio: 'inherit',
  env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
});
process.exit(result.status ?? 1);

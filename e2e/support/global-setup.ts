/** Once per e2e run: build the web if stale, then serve it with demo data for every test file. */
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt } from '../../scripts/web-build.mjs';
import { DISTRICT_ADMIN, DISTRICT_REVIEWER, GRASSROOTS_ADMIN, NATIONAL_VIEWER, startServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureWebBuilt();
  const server = await startServer({
    demo: true,
    accounts: [NATIONAL_VIEWER, GRASSROOTS_ADMIN, DISTRICT_REVIEWER, DISTRICT_ADMIN],
  });
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}

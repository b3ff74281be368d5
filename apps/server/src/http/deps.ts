/** What every route reaches through `app.deps`. */
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  /** The current time; tests move it to phase boundaries. */
  clock: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

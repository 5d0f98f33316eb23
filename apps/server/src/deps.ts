import type { Config } from './config/config.ts';
import type { Database } from './platform/db.ts';
import type { IdentityService } from './modules/identity/identity.service.ts';

/** What route modules are built with. */
export interface AppDeps {
  config: Config;
  database: Database;
  identity: IdentityService;
}

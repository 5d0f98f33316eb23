import type { Config } from './config/config.ts';
import type { Clock } from './platform/clock.ts';
import type { Database } from './platform/db.ts';
import type { IdentityService } from './modules/identity/identity.service.ts';
import type { BlobStore } from './modules/attachments/index.ts';

/** What route modules are built with. */
export interface AppDeps {
  config: Config;
  database: Database;
  identity: IdentityService;
  /** Uploaded files by SHA-256 (`config.blobsDir`). */
  blobs: BlobStore;
  /** The current time (tests pass a controllable clock). */
  clock: Clock;
}

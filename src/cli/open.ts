import { loadConfig } from '../platform/config.ts';
import { openContext } from '../platform/boot.ts';
import type { AppContext } from '../platform/context.ts';
import { modules } from '../modules/index.ts';

/** Opens the configured database (same environment as the server), migrated. */
export function openCli(): Promise<AppContext> {
  return openContext({ config: loadConfig(), modules });
}

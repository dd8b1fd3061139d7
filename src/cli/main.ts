import { Command } from 'commander';
import { version } from '../platform/version.ts';
import { modules } from '../modules/index.ts';
import { registerServe } from './commands/serve.ts';
import { registerAdminCommands } from './commands/admin.ts';
import { registerParseCommand } from './commands/parse.ts';
import { openCli } from './open.ts';
import { cliErrorLine } from '../platform/cli.ts';

const program = new Command('luoshi')
  .description('Luoshi 落实: the ledger and closed loop of organization work.\nReads DATA_DIR and DATABASE_URL like the server.')
  .version(version);

registerServe(program);
registerAdminCommands(program);
registerParseCommand(program);
for (const m of modules) m.cli?.(program, openCli);

// Commands wrap their bodies in platform/cli.ts's action(); whatever still escapes is reported the same way, in one line.
try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(await cliErrorLine(err));
  process.exit(1);
}

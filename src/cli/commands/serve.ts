import type { Command } from 'commander';
import { loadConfig, isLoopback, resolveSessionSecret } from '../../platform/config.ts';
import { openContext } from '../../platform/boot.ts';
import { buildApp } from '../../platform/http/app.ts';
import { loadDemoOnce } from '../../platform/seed.ts';
import { modules } from '../../modules/index.ts';
import { demoLogins, DEMO_PASSWORD } from '../../modules/demo/index.ts';
import { action } from '../../platform/cli.ts';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('run the web server (migrates, loads demo data on first start)')
    .action(
      action(async () => {
        const config = loadConfig();
        resolveSessionSecret(config);
        const ctx = await openContext({ config, modules });
        const wantDemo = config.demo ?? isLoopback(config.host);
        if (!isLoopback(config.host) && config.demo !== true && config.demo !== false) {
          console.log(`HOST=${config.host} is not a loopback address: no demo accounts are created (set LUOSHI_DEMO=1 to create them anyway).`);
        }
        const seeded = wantDemo && (!isLoopback(config.host) ? config.demo === true : true) ? await loadDemoOnce(ctx) : false;
        const app = await buildApp(ctx, { logger: { level: config.logLevel } });
        const stoppers = modules.map((m) => m.start?.(ctx)).filter(Boolean) as (() => void | Promise<void>)[];
        await app.listen({ port: config.port, host: config.host });
        const hostShown = config.host.includes(':') ? `[${config.host}]` : config.host;
        console.log(`Luoshi 落实 is serving http://${hostShown}:${config.port}  (database: ${ctx.dbh.dialect} ${ctx.dbh.location})`);
        if (seeded) console.log('Demo data loaded (first start).');
        if (wantDemo) {
          console.log(`Demo logins (password ${DEMO_PASSWORD}):`);
          for (const l of demoLogins()) console.log(`  ${l.username.padEnd(18)} ${l.role.padEnd(11)} ${l.unit}`);
        }
        const stop = async () => {
          for (const s of stoppers) await s();
          await app.close();
          await ctx.dbh.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
    );
}

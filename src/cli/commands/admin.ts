import type { Command } from 'commander';
import { allMigrations } from '../../platform/boot.ts';
import { migrateToLatest } from '../../platform/db/migrate.ts';
import { loadDemoOnce } from '../../platform/seed.ts';
import { systemActor } from '../../platform/access/index.ts';
import { guardedAdminRoles } from '../../platform/access/roles.ts';
import { takeAnchor, verifyAuditChain } from '../../platform/audit/index.ts';
import { userService, userRepo } from '../../modules/users/index.ts';
import { unitRepo, unitService } from '../../modules/units/index.ts';
import { securityService } from '../../modules/security/service.ts';
import { accountService } from '../../modules/account/index.ts';
import { action } from '../../platform/cli.ts';
import { openCli } from '../open.ts';

export function registerAdminCommands(program: Command) {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(
      action(async () => {
        const ctx = await openCli();
        const applied = await migrateToLatest(ctx.db, allMigrations(ctx.modules));
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
        await ctx.dbh.close();
      }),
    );

  program
    .command('seed-demo')
    .description('load the demo city, users and ledger into an empty database')
    .action(
      action(async () => {
        const ctx = await openCli();
        console.log((await loadDemoOnce(ctx)) ? 'demo data loaded' : 'not loaded: the database already has data or the demo was loaded before');
        await ctx.dbh.close();
      }),
    );

  program
    .command('create-unit')
    .description('create a unit (the root of a new install first: --kind city, no --parent)')
    .requiredOption('--name <name>')
    .requiredOption('--kind <kind>', 'city, district, street, community, department, soe, university, hospital, nonPublic, other')
    .option('--parent <unitName>', 'the parent unit, by name')
    .action(
      action(async (o: { name: string; kind: string; parent?: string }) => {
        const ctx = await openCli();
        let parentId: number | null = null;
        if (o.parent) {
          const parents = await unitRepo.findByName(ctx.db, o.parent);
          if (parents.length !== 1)
            throw new Error(parents.length ? `unit "${o.parent}" is ambiguous (${parents.length} units have that name)` : `no unit named "${o.parent}"`);
          parentId = parents[0].id;
        }
        const unit = await unitService.create(ctx, systemActor('cli'), { name: o.name, kind: o.kind as never, parentId });
        console.log(`created unit ${unit.name} (id ${unit.id}, level ${unit.level})`);
        await ctx.dbh.close();
      }),
    );

  program
    .command('create-user')
    .description('create a user (the first administrator of a real install, say)')
    .requiredOption('--username <name>')
    .requiredOption('--name <displayName>')
    .requiredOption('--unit <unitName>', 'home unit, by name')
    .requiredOption('--password <password>')
    .option('--role <code>', 'grant a role (supervisor, leader, liaison, sysAdmin, secAdmin, auditor) in the home unit')
    .action(
      action(async (o: { username: string; name: string; unit: string; password: string; role?: string }) => {
        const ctx = await openCli();
        const units = await unitRepo.findByName(ctx.db, o.unit);
        if (units.length !== 1)
          throw new Error(units.length ? `unit "${o.unit}" is ambiguous (${units.length} units have that name)` : `no unit named "${o.unit}"`);
        const sys = systemActor('cli');
        const user = await userService.create(ctx, sys, { username: o.username, displayName: o.name, unitId: units[0].id, password: o.password });
        if (o.role) {
          const role = (await securityService.roles(ctx, sys)).find((r) => r.code === o.role);
          if (!role) throw new Error(`no role "${o.role}"`);
          await securityService.setGrants(ctx, sys, user.id, [{ roleId: role.id, unitId: units[0].id }]);
        }
        console.log(`created user ${o.username} (id ${user.id})`);
        await ctx.dbh.close();
      }),
    );

  // 三员分立's break-glass: the application never lets sysAdmin reset a secAdmin or an auditor;
  // whoever holds the server may, saying so (--break-glass), and the audit log records it.
  program
    .command('reset-password')
    .description("set a user's password and end their sessions (a secAdmin or auditor needs --break-glass)")
    .argument('<username>')
    .requiredOption('--password <password>')
    .option('--break-glass', 'required for a security administrator or an auditor; audited as such')
    .action(
      action(async (username: string, o: { password: string; breakGlass?: boolean }) => {
        const ctx = await openCli();
        const user = await userRepo.byUsername(ctx.db, username);
        if (!user) throw new Error(`no user "${username}"`);
        const guarded = (await userRepo.grantsOf(ctx.db, [user.id])).some((g) => guardedAdminRoles.includes(g.roleCode));
        if (guarded && !o.breakGlass) throw new Error(`${username} is a security administrator or an auditor: repeat with --break-glass (it is audited)`);
        await userService.resetPassword(ctx, systemActor('cli'), user.id, o.password, guarded);
        console.log(guarded ? `password of ${username} reset (break-glass, audited)` : `password of ${username} reset`);
        await ctx.dbh.close();
      }),
    );

  program
    .command('create-token')
    .description('create a personal API token for a user and print it (shown once)')
    .argument('<username>')
    .option('--name <name>', 'what the token is for', 'cli')
    .action(
      action(async (username: string, o: { name: string }) => {
        const ctx = await openCli();
        const user = await userRepo.byUsername(ctx.db, username);
        if (!user) throw new Error(`no user "${username}"`);
        const { token } = await accountService.createToken(ctx, { userId: user.id, username: user.username, ip: null }, o.name);
        console.log(token);
        await ctx.dbh.close();
      }),
    );

  program
    .command('backup')
    .description('write a consistent copy of the SQLite database while the server runs')
    .requiredOption('--out <file>')
    .action(
      action(async (o: { out: string }) => {
        const ctx = await openCli();
        await ctx.dbh.backup(o.out);
        console.log(`backup written to ${o.out}`);
        await ctx.dbh.close();
      }),
    );

  const auditCmd = program.command('audit').description('the tamper-evident audit log');
  auditCmd
    .command('verify')
    .description('check the keyed hash chain; name the first row changed or removed behind the application')
    .option('--anchor <anchor...>', 'also check anchors printed earlier by `luoshi audit anchor`')
    .action(
      action(async (o: { anchor?: string[] }) => {
        const ctx = await openCli();
        try {
          const r = await verifyAuditChain(ctx.db, { anchors: o.anchor });
          if (r.ok) {
            console.log(`audit log intact: ${r.rows} rows` + (r.anchors ? `, agrees with ${r.anchors} anchor(s)` : ''));
            return;
          }
          const bad = r.firstBad!;
          const what = {
            changed: `row ${bad.id} was changed`,
            removedBefore: `a row before row ${bad.id} was removed`,
            removedAtEnd: `rows after row ${r.rows} were removed (the last row written was ${bad.id})`,
            wrongKey: 'the audit key is not the one this log was written with (AUDIT_KEY / AUDIT_KEY_FILE / DATA_DIR/audit-key)',
            differsFromAnchor: `row ${bad.id} is not what the anchor recorded: the log was rewritten after the anchor was taken`,
          }[bad.problem];
          console.error(`luoshi: audit log tampered: ${what}`);
          process.exitCode = 1;
        } finally {
          await ctx.dbh.close();
        }
      }),
    );
  auditCmd
    .command('anchor')
    .description('print a signed head of the audit chain to keep off the server; `audit verify --anchor` checks it later')
    .action(
      action(async () => {
        const ctx = await openCli();
        try {
          const a = await takeAnchor(ctx.db, ctx.clock.now());
          if (!a) throw new Error('the audit log is empty: nothing to anchor yet');
          console.log(a.anchor);
        } finally {
          await ctx.dbh.close();
        }
      }),
    );
}

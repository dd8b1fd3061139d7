import type { LuoshiModule } from '../../platform/module.ts';
import './tables.ts';
import * as partyOrgsMigration from './migrations/20261205-0100-party-orgs.ts';
import * as weakLaxMigration from './migrations/20261205-0200-weak-lax.ts';
import './tables-weak-lax.ts';
import { weakLaxMessages } from './messages-weak.ts';
import { workFilesVisible } from './service/work-files.ts';
import { partyOrgMessages } from './messages.ts';
import { routes } from './routes/index.ts';
import { seedPartyOrgs } from './demo.ts';

/**
 * 党组织: the party organization system (its own tree, each organization hosted in a unit), term
 * renewals (换届), coverage, and (po-weak) weak-and-lax rectification, standardization, liaison
 * points and the village collective economy. Data scope follows the host unit.
 */
export const partyOrgsModule: LuoshiModule = {
  name: 'partyOrgs',
  migrations: { '20261205-0100-party-orgs': partyOrgsMigration, '20261205-0200-weak-lax': weakLaxMigration },
  permissions: [
    { code: 'partyOrgs.read', roles: ['supervisor', 'leader', 'liaison'] },
    { code: 'partyOrgs.manage', roles: ['supervisor'] },
  ],
  menu: [{ key: 'partyOrgs', permission: 'partyOrgs.read', order: 140 }],
  messages: {
    'zh-CN': { ...partyOrgMessages['zh-CN'], ...weakLaxMessages['zh-CN'] },
    'en-US': { ...partyOrgMessages['en-US'], ...weakLaxMessages['en-US'] },
  },
  // Acceptance and standardization evidence is readable by whoever may see the organization.
  canReadFile: (ctx, actor, file) => workFilesVisible(ctx.db, actor, file.id),
  seedDemo: seedPartyOrgs,
  routes,
  cli() {},
};

// For other modules (members, cadres): an organization in the actor's scope, else 404.
export { loadOrg } from './service/shared.ts';
export { partyOrgService } from './service/party-orgs.ts';

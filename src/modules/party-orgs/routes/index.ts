import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { partyOrgRoutes } from './party-orgs.ts';
import { renewalRoutes } from './renewals.ts';
import { excelRoutes } from './excel.ts';
import { orgWorkRoutes } from './org-work.ts';
import { coverageRoutes } from './coverage.ts';
import { settingsRoutes } from './settings.ts';
import { weakLaxRoutes } from './weak-lax.ts';

/**
 * Every route of the module. Each part of the module registers its own file here (the registry,
 * term renewals, import/export, coverage; weak-and-lax rectification, standardization, liaison
 * points and collective economy in their own files).
 */
export function routes(app: FastifyInstance, ctx: AppContext) {
  excelRoutes(app, ctx);
  weakLaxRoutes(app, ctx);
  orgWorkRoutes(app, ctx);
  partyOrgRoutes(app, ctx);
  renewalRoutes(app, ctx);
  coverageRoutes(app, ctx);
  settingsRoutes(app, ctx);
}

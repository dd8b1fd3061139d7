import type { LuoshiModule } from '../../platform/module.ts';
import { seedCity } from './seed.ts';

/** The demo city, its departments, districts and people; later modules add their demo data after it. */
export const demoModule: LuoshiModule = {
  name: 'demo',
  seedDemo: seedCity,
};

export { demoLogins } from './seed.ts';
export { DEMO_PASSWORD } from './city.ts';

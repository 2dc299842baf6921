import { buildApp } from '../../src/app.js';
import { createUser, createWorld, testConfig, type World } from '../helpers/app.js';
import type { freshDatabase } from '../helpers/db.js';

export const FAULTS_SECRET = 'faults-secret-faults-secret-faults-secret-0123';

/** A site with its departments and a site administrator `office`, made through the services before a server starts. */
export async function prepareSite(database: Awaited<ReturnType<typeof freshDatabase>>): Promise<World> {
  const { app, services } = await buildApp(testConfig(database.dataDir), { database });
  const world = await createWorld(services);
  await createUser(services, 'office', [{ siteId: world.siteId, role: 'site_admin', departmentId: null }]);
  await app.close();
  return world;
}

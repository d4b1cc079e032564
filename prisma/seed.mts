import { scriptClient } from './client';
import { DEMO_USERS } from './demo-users';
import { createUser } from './factories';
import { seedAnchorage } from './seed-anchorage';
import { refreshSearchTerms } from '../lib/server/search/refresh-search-terms';

const db = scriptClient();
try {
  await seedAnchorage(db);
  if (process.env.NODE_ENV !== 'production') {
    for (const user of DEMO_USERS) await createUser(db, user);
  }
  // The vocabulary behind typo correction ("Anchorge" → "Anchorage") starts from the seeded claims.
  await refreshSearchTerms(db);
} finally {
  await db.$disconnect();
}

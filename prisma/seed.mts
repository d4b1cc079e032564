import { scriptClient } from './client';
import { DEMO_USERS } from './demo-users';
import { createUser } from './factories';
import { seedAnchorage } from './seed-anchorage';

const db = scriptClient();
try {
  await seedAnchorage(db);
  if (process.env.NODE_ENV !== 'production') {
    for (const user of DEMO_USERS) await createUser(db, user);
  }
} finally {
  await db.$disconnect();
}

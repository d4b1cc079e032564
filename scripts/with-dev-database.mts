import { spawn } from 'node:child_process';
import { forwardSignals, openDatabase } from './database.mts';
import { DEV_DATABASE } from './dev-database.ts';

// `tsx scripts/with-dev-database.mts <command…>`: runs a command against the development database,
// starting the embedded Postgres first when DATABASE_URL is unset and nothing is running yet.
const [command, ...args] = process.argv.slice(2);
const db = await openDatabase({ ...DEV_DATABASE, fresh: false });
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: db.url } });
forwardSignals(child);
child.on('exit', async (code) => {
  await db.stop();
  process.exit(code ?? 1);
});

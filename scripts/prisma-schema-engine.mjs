#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI downloads at start-up
// and so cannot get on an offline machine. Point PRISMA_SCHEMA_ENGINE_BINARY at this file (our
// prisma.config.ts does). It speaks the native engine's protocol — JSON-RPC 2.0 lines on
// stdin/stdout, JSON log lines on stderr — and delegates to the WASM build of the same engine
// (@prisma/schema-engine-wasm), which reaches Postgres through @prisma/adapter-pg.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg';

// Load `pg` the way adapter-pg does, so the patch below changes the instance the adapter uses.
const pg = createRequire(import.meta.resolve('@prisma/adapter-pg'))('pg');

// Fix 1: adapter-pg throws on Postgres' internal "char" type (OID 18), which the engine's catalog
// queries return (e.g. pg_constraint.contype). Show the adapter text (OID 25) so it accepts the
// column, then report it as the adapter type Character: the engine reads these columns as chars
// and panics on text (e.g. on Postgres 18, whose pg_constraint also lists NOT NULL constraints).
const charColumns = new WeakMap(); // pg result rows array -> indexes of "char" columns
const { addFields } = pg.Result.prototype;
pg.Result.prototype.addFields = function (fields) {
  charColumns.set(
    this.rows,
    fields.flatMap((f, i) => (f.dataTypeID === 18 ? [i] : [])),
  );
  return addFields.call(
    this,
    fields.map((f) => (f.dataTypeID === 18 ? { ...f, dataTypeID: 25 } : f)),
  );
};
function reportCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

// Same log line shape as the native engine; the CLI reads `fields.message` and `fields.error_code`.
function log(level, fields) {
  const line = { timestamp: new Date().toISOString(), level, fields, target: 'schema_engine::logger' };
  process.stderr.write(JSON.stringify(line) + '\n');
}

// The Postgres schema, given as `?schema=` in the URL as with the native engine.
const schemaOf = (url) => new URL(url).searchParams.get('schema') ?? 'public';

// connectionTimeoutMillis: like the native engine's 5 s connect timeout, so an unreachable server
// fails instead of hanging. search_path: the engine's migration SQL names tables without a schema.
function pgConfig(url) {
  return {
    connectionString: url,
    connectionTimeoutMillis: 5000,
    options: `-c search_path=${pg.escapeIdentifier(schemaOf(url))}`,
  };
}

class PgAdapterFactory extends PrismaPg {
  constructor(url) {
    super(pgConfig(url), { schema: schemaOf(url) }); // `schema` is the namespace the engine inspects
    this.url = url;
  }

  // Applies fixes 1 and 4 to every connection and transaction the engine opens.
  async connect() {
    const adapter = reportCharColumns(await super.connect());
    // Fix 4: adapter-pg's executeScript splits a migration at every ";", also inside a function body,
    // a string or a comment. Send it whole, as the native engine does: Postgres runs the statements
    // of one simple-protocol query in order, in one transaction.
    adapter.executeScript = async (script) => {
      try {
        await adapter.client.query(script);
      } catch (error) {
        adapter.onError(error);
      }
    };
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) =>
      reportCharColumns(await startTransaction(isolationLevel));
    return adapter;
  }

  // Replaces adapter-pg's version, whose two bugs are noted below as fixes 2 and 3.
  async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    // Fix 2: adapter-pg spreads {...config, database}, but pg lets connectionString override
    // `database`, so its shadow pool silently works on the MAIN database. Put the name in the URL.
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${database}`;
    const shadow = await new PgAdapterFactory(shadowUrl.href).connect();
    // Fix 3: adapter-pg drops the shadow database while its pool still holds connections, which
    // fails. Drop WITH (FORCE) to end them; the resulting 57P01 errors on the pool's idle clients
    // are ignored by the pool error handler that connect() installs (adapter-pg's version had none).
    const endPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await endPool();
      await admin.dispose();
    };
    return shadow;
  }
}

// A Rust panic inside the WASM engine reports its message here, then traps with a RuntimeError.
let panicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    panicMessage = message;
    log('ERROR', { is_panic: true, message });
  },
};
// A panic in one of the engine's background tasks (or any other crash) ends up here.
process.on('uncaughtException', (e) => {
  log('ERROR', { is_panic: panicMessage !== undefined, message: panicMessage ?? String(e?.stack ?? e) });
  process.exit(panicMessage === undefined ? 1 : 101);
});

// The package's own entry point imports the .wasm file as an ES module, which Node 20 cannot do.
async function loadWasm() {
  const wasmFile = new URL(
    'schema_engine_bg.wasm',
    import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'),
  );
  const wasm = new WebAssembly.Instance(await WebAssembly.compile(await readFile(wasmFile)), {
    './schema_engine_bg.js': wasmBindings,
  });
  wasmBindings.__wbg_set_wasm(wasm.exports);
  wasm.exports.__wbindgen_start();
}

let adapterFactory; // kept for errorMessage()

async function startEngine(datamodelPaths, url) {
  if (!url)
    throw new Error(
      'The WASM schema engine needs `datasource.url` in prisma.config.ts: it connects on start-up.',
    );
  adapterFactory = bindMigrationAwareSqlAdapterFactory(new PgAdapterFactory(url));
  await loadWasm();
  const datamodels = await Promise.all(datamodelPaths.map(async (p) => [p, await readFile(p, 'utf8')]));
  return wasmBindings.SchemaEngine.new(
    // An empty list makes the engine panic (`migrate diff` passes no --datamodels).
    { datamodels: datamodels.length ? datamodels : undefined },
    (line) => process.stderr.write(line.trimEnd() + '\n'),
    adapterFactory,
  );
}

// Errors thrown in adapter code reach us as "External error id#N"; show the original message.
function errorMessage(error) {
  return String(error?.message ?? error).replace(
    /External error id#(\d+)/,
    (text, id) => adapterFactory?.errorRegistry.consumeError(Number(id))?.error?.message ?? text,
  );
}

function send(message) {
  process.stdout.write(JSON.stringify({ jsonrpc: '2.0', ...message }) + '\n');
}

// JSON-RPC methods the CLI calls under a name the WASM engine does not use.
const METHOD_ALIASES = { getDatabaseVersion: 'version' };

function serveJsonRpc(datamodelPaths, url) {
  const started = startEngine(datamodelPaths, url);
  started.catch(() => {}); // reported to each request below
  const inFlight = new Set();

  async function handle({ id, method, params }) {
    try {
      const engine = await started;
      const name = METHOD_ALIASES[method] ?? method;
      if (typeof engine[name] !== 'function') throw new Error(`Unknown schema engine method: ${method}`);
      const result = await engine[name](params ?? {});
      // The native engine hands `migrate diff` output to the CLI as a `print` request (the CLI
      // ignores `stdout` in the response). Lines are handled in order, so no need to await the ack.
      if (method === 'diff' && result.stdout != null) {
        send({ id: `print-${id}`, method: 'print', params: { content: result.stdout } });
      }
      send({ id, result: result ?? {} });
    } catch (e) {
      const isPanic = e instanceof WebAssembly.RuntimeError;
      const message = isPanic ? (panicMessage ?? String(e)) : errorMessage(e);
      send({ id, error: { code: 4466, message, data: { is_panic: isPanic, message } } });
      if (isPanic) process.exit(101); // the WASM instance is unusable after a panic
    }
  }

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const message = line.trim() && JSON.parse(line);
    if (!message?.method) return; // e.g. the CLI's ack of a `print` request
    const task = handle(message).finally(() => inFlight.delete(task));
    inFlight.add(task);
  });
  // The CLI stops the engine by closing stdin; open database pools would keep Node alive.
  lines.on('close', async () => {
    await Promise.allSettled(inFlight);
    process.exit(0);
  });
}

// `schema-engine --datasource '{"url":…}' cli <command>`: the CLI checks and creates databases this
// way before migrating, and reads the outcome from the exit code and the ERROR line on stderr
// (P1003 "database does not exist" is what makes `migrate dev`/`deploy` create it).
const SERVER_ERROR_CODES = { '3D000': 'P1003', '28P01': 'P1000', 28000: 'P1010' };

function connectErrorCode(e) {
  if (e.severity) return SERVER_ERROR_CODES[e.code]; // an error from the Postgres server
  if (e.syscall || /^Connection terminated/.test(e.message)) return 'P1001'; // refused, DNS, timeout
}

async function runCliCommand(command, url) {
  let client;
  try {
    const target = new URL(url);
    if (command === 'create-database')
      target.pathname = '/postgres'; // connect elsewhere to create it
    else if (command !== 'can-connect-to-database') throw new Error(`Unsupported cli command: ${command}`);
    client = new pg.Client(pgConfig(target.href));
    await client.connect();
    if (command === 'create-database') {
      await client.query(
        `CREATE DATABASE ${pg.escapeIdentifier(decodeURIComponent(new URL(url).pathname.slice(1)))}`,
      );
    }
  } catch (e) {
    log('ERROR', { message: e.message || String(e.code ?? e), error_code: connectErrorCode(e) });
    process.exitCode = 1;
  } finally {
    await client?.end().catch(() => {});
  }
}

const args = { datamodels: [], datasource: {}, rest: [] };
for (let argv = process.argv.slice(2), i = 0; i < argv.length; i++) {
  if (argv[i] === '--datamodels') args.datamodels.push(argv[++i]);
  else if (argv[i] === '--datasource') args.datasource = JSON.parse(argv[++i]);
  else if (argv[i] === '--enabled-preview-features' || argv[i] === '--extension-types')
    i++; // not used by the WASM engine
  else args.rest.push(argv[i]);
}

if (args.rest[0] === '--version') {
  await loadWasm();
  console.log(`schema-engine-cli ${wasmBindings.version()}`);
} else if (args.rest[0] === 'cli') {
  // The CLI drops the first stderr line before parsing the rest as JSON, as after the native engine's start-up line.
  log('INFO', { message: 'Starting schema engine CLI (wasm stand-in)' });
  await runCliCommand(args.rest[1], args.datasource.url);
} else {
  serveJsonRpc(args.datamodels, args.datasource.url);
}

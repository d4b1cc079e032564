import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Starts the servers a multi-instance run needs (Redis, `next start` ×N, nginx) as child process
 * groups, and stops every one of them: on `stopAll()`, and on SIGINT/SIGTERM/SIGHUP.
 */
const started: { name: string; child: ChildProcess }[] = [];

export function installedPath(command: string): string | undefined {
  const found = spawnSync(
    'sh',
    ['-c', `command -v ${command} || ls /usr/sbin/${command} /usr/bin/${command} 2>/dev/null`],
    { encoding: 'utf8' },
  );
  return found.stdout.split('\n').find(Boolean);
}

function start(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  logFile?: string,
): ChildProcess {
  // Its own process group, so stopping `next start` also stops the server it forks.
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  const keep = (chunk: Buffer) => log.push(chunk.toString()) > 200 && log.shift();
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', (code, signal) => {
    if (logFile) writeFileSync(logFile, log.join(''));
    if (!stopping && code !== 0)
      console.error(`${name} exited (${code ?? signal}):\n${log.join('').slice(-2000)}`);
  });
  started.push({ name, child });
  return child;
}

let stopping = false;
export async function stopAll(): Promise<void> {
  stopping = true;
  await Promise.all(
    started.splice(0).map(({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const signal = (s: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, s);
        } catch {
          // already gone
        }
      };
      signal('SIGTERM');
      const force = setTimeout(() => signal('SIGKILL'), 5_000);
      return exited.finally(() => clearTimeout(force));
    }),
  );
}

for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(s, () => void stopAll().finally(() => process.exit(130)));
}

export async function waitFor(url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** A throwaway Redis: no persistence; key-space events on, which the cache handler listens to. */
export async function startRedis(port: number): Promise<string> {
  start('redis-server', installedPath('redis-server')!, [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--notify-keyspace-events',
    'Exe',
  ]);
  const deadline = Date.now() + 10_000;
  while (
    spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() !== 'PONG'
  ) {
    if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return `redis://127.0.0.1:${port}`;
}

/** One production instance from the existing `next build` output. */
export async function startNext(
  name: string,
  port: number,
  env: NodeJS.ProcessEnv,
  logDir: string,
): Promise<string> {
  start(
    name,
    'node_modules/.bin/next',
    ['start', '--port', String(port), '--hostname', '127.0.0.1'],
    { ...env, NODE_ENV: 'production', PORT: String(port) },
    path.join(logDir, `${name}.log`),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/login`);
  return url;
}

/**
 * nginx with the reference config from deploy/, under a private prefix so it needs no root paths.
 * `server` replaces the upstream pair when only one instance (or a static folder) is wanted.
 */
export async function startNginx(opts: {
  port: number;
  upstreams: string[];
  prefix: string;
  workers?: number;
  extraServer?: string;
}): Promise<string> {
  const { port, upstreams, prefix } = opts;
  mkdirSync(path.join(prefix, 'cache'), { recursive: true });
  mkdirSync(path.join(prefix, 'tmp'), { recursive: true });
  const template = readFileSync('deploy/nginx/claimdesk.conf.template', 'utf8');
  const site = template
    .replaceAll('${APP_A}', upstreams[0])
    .replaceAll('${APP_B}', upstreams[1] ?? upstreams[0])
    .replaceAll('${LISTEN}', `127.0.0.1:${port}`)
    .replaceAll('${CACHE_DIR}', path.join(prefix, 'cache'));
  writeFileSync(path.join(prefix, 'claimdesk.conf'), site);
  const root = process.getuid?.() === 0 ? 'user root;\n' : '';
  // The http block a distribution's nginx.conf has (sendfile on, as Debian's and the Docker image's):
  // the cached pages and the saved page of bench:verdict-page are both sent from file by the kernel.
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `${root}daemon off;\nworker_processes ${opts.workers ?? 1};\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;\nevents { worker_connections 4096; }\nhttp {\n  access_log off;\n  sendfile on;\n  tcp_nopush on;\n  client_body_temp_path ${prefix}/tmp/body;\n  proxy_temp_path ${prefix}/tmp/proxy;\n  include /etc/nginx/mime.types;\n  include ${prefix}/claimdesk.conf;\n${opts.extraServer ?? ''}\n}\n`,
  );
  start('nginx', installedPath('nginx')!, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')]);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/login`, 30_000);
  return url;
}

/**
 * Where `seed:bulk` and `bench:search` keep their million claims: an embedded Postgres of their own,
 * given the memory a server holding a 2 GB database would have. With the development server's
 * 128 MB of shared buffers every query rereads its pages and the figures measure the cache, not the
 * queries. DATABASE_URL, when set, is used as it is.
 */
export const BENCH_DATABASE = {
  dataDir: '.data/postgres-bench-search',
  port: Number(process.env.EMBEDDED_PG_BENCH_PORT ?? 54349),
  name: 'claimdesk_bench',
  settings: { shared_buffers: '1GB' },
};

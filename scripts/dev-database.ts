/** Where `npm run dev` keeps its embedded Postgres; prisma.config.ts falls back to it too. */
export const DEV_DATABASE = {
  dataDir: '.data/postgres',
  port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  name: 'claimdesk',
};

export const devDatabaseUrl = () =>
  `postgresql://postgres:postgres@127.0.0.1:${DEV_DATABASE.port}/${DEV_DATABASE.name}`;

import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { join } from 'path';
import { AdvisoryLock } from '../common/locks';

export class DependencyUnavailableError extends Error {}

export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    namingStrategy: new SnakeNamingStrategy(),
    // Entities and migrations are found by file name so each module owns its own files.
    entities: [join(__dirname, '..', 'modules', '**', '*.entity.js')],
    migrations: [join(__dirname, 'migrations', '*.js')],
    synchronize: false,
    migrationsRun: false,
    // A blackholed database must fail a connection attempt rather than hang it past the shutdown grace;
    // keepAlive lets a dead peer be noticed on an idle pooled connection.
    extra: { max: 20, connectionTimeoutMillis: 10_000, keepAlive: true },
  };
}

function describe(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

/** Creates the database named in DATABASE_URL when it does not exist yet. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new DependencyUnavailableError(`DATABASE_URL names no database: ${describe(databaseUrl)}`);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new DependencyUnavailableError(
      `Cannot reach PostgreSQL at ${describe(databaseUrl)} (${(error as Error).message}). ` +
        'Start it (e.g. `docker compose -f docker/dev-services.yml up -d postgres`, or `pg_ctlcluster <version> main start`) or set DATABASE_URL.',
    );
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        // Another process (api and worker start together) may have created it first: PostgreSQL
        // says so with duplicate_database, or, when both CREATEs overlap, with a unique violation
        // on pg_database's name index.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/** Runs pending migrations once, even when several processes start at the same time. */
export async function runMigrations(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [AdvisoryLock.Migrations]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [AdvisoryLock.Migrations]).catch(() => undefined);
    await runner.release();
  }
}

export async function openDatabase(databaseUrl: string): Promise<DataSource> {
  await ensureDatabase(databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  await runMigrations(dataSource);
  return dataSource;
}

import { isDatabaseUnavailable, retryWhileDatabaseAway } from './database-retry';

describe('isDatabaseUnavailable', () => {
  it('recognises a cut connection, a refused connect and a server shutting down, not a refused statement', () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable({ code: '57P01', message: 'terminating connection due to administrator command' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '08006', message: 'connection failure' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key value violates unique constraint' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('column "x" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe('retryWhileDatabaseAway', () => {
  const away = () => new Error('Connection terminated unexpectedly');

  it('retries while the database is away and returns the first success', async () => {
    let calls = 0;
    const result = await retryWhileDatabaseAway(
      async () => {
        if (++calls < 3) throw away();
        return 'recorded';
      },
      { deadlineMs: 1_000, initialDelayMs: 1 },
    );
    expect(result).toBe('recorded');
    expect(calls).toBe(3);
  });

  it('rethrows any other error at once', async () => {
    let calls = 0;
    const refused = Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' });
    await expect(
      retryWhileDatabaseAway(async () => {
        calls++;
        throw refused;
      }, { deadlineMs: 1_000, initialDelayMs: 1 }),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
  });

  it('gives up with the last error once the deadline would pass', async () => {
    const started = Date.now();
    await expect(retryWhileDatabaseAway(async () => Promise.reject(away()), { deadlineMs: 50, initialDelayMs: 10, maxDelayMs: 10 })).rejects.toThrow('Connection terminated');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

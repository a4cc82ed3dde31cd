import { DataSource, QueryRunner } from 'typeorm';
import { SenderLivenessRepository } from './sender-liveness.repository';
import { SenderLivenessService } from './sender-liveness.service';

describe('SenderLivenessService', () => {
  it('locks the same key again after its connection is lost, so claims under it stay live', async () => {
    const runner = { connect: async () => undefined, release: async () => undefined } as unknown as QueryRunner;
    const dataSource = { createQueryRunner: () => runner } as unknown as DataSource;
    let connectionUp = true;
    const locks = {
      tryLock: jest.fn(async () => true),
      ping: async () => {
        if (!connectionUp) throw new Error('Connection terminated');
      },
      unlockAll: async () => undefined,
    } as unknown as SenderLivenessRepository;
    const liveness = new SenderLivenessService(dataSource, locks);

    const first = await liveness.senderKey();
    connectionUp = false;
    await liveness.verify();
    connectionUp = true;
    expect(await liveness.senderKey()).toBe(first);
    expect(locks.tryLock).toHaveBeenLastCalledWith(runner, first);
    await liveness.onApplicationShutdown();
  });
});

import { Module } from '@nestjs/common';
import { OutboxSweeper } from './outbox-sweeper';
import { OutboxRepository } from './outbox.repository';

/** The outbox sweep: loaded only when ROLE is worker or all. */
@Module({
  providers: [OutboxRepository, OutboxSweeper],
})
export class OutboxWorkerModule {}

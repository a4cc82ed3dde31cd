import { Module } from '@nestjs/common';
import { OutboxSweeper } from './outbox-sweeper';

/** The outbox sweep: loaded only when ROLE is worker or all. */
@Module({
  providers: [OutboxSweeper],
})
export class OutboxWorkerModule {}

import { Module } from '@nestjs/common';
import { IdempotencyModule } from './idempotency.module';
import { IdempotencySweeper } from './idempotency-sweeper';

/** The sweep of expired keys: loaded only when ROLE is worker or all. */
@Module({
  imports: [IdempotencyModule],
  providers: [IdempotencySweeper],
})
export class IdempotencyWorkerModule {}

import { BeforeApplicationShutdown, Global, Inject, Injectable, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';

/**
 * The order in which a process stops (SIGTERM, every deploy). Nest runs every
 * `beforeApplicationShutdown` before any `onApplicationShutdown`, and the latter nearest module
 * first — so the SMTP pool would close while Bull still waited for the jobs using it. Instead:
 *
 * 1. here, first (`onModuleDestroy`, which Nest runs before every `beforeApplicationShutdown`;
 *    this global module's own `beforeApplicationShutdown` would run last): `stopping` turns true, so campaign lanes, workflow steps and import runs stop
 *    taking new work (what they leave stays due in PostgreSQL for the next worker);
 * 2. the work already taken (an email on an SMTP connection, its "sent" record, a step) finishes,
 *    for at most SHUTDOWN_GRACE_SECONDS;
 * 3. then Bull's queues close and the SMTP transport closes, last.
 */
@Injectable()
export class ShutdownCoordinator implements OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger(ShutdownCoordinator.name);
  private readonly inFlight = new Set<Promise<unknown>>();
  private isStopping = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** True once the process is shutting down: take no new work. */
  get stopping(): boolean {
    return this.isStopping;
  }

  /** Runs `work` as in-flight work that shutdown waits for (within the grace period). */
  async track<T>(work: () => Promise<T>): Promise<T> {
    const running = work();
    this.inFlight.add(running);
    try {
      return await running;
    } finally {
      this.inFlight.delete(running);
    }
  }

  onModuleDestroy(): void {
    this.isStopping = true;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.isStopping = true;
    if (!this.inFlight.size) return;
    const graceMs = this.config.shutdownGraceSeconds * 1000;
    let timer: NodeJS.Timeout | undefined;
    const settled = Promise.allSettled([...this.inFlight]).then(() => true);
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
    const count = this.inFlight.size;
    const done = await Promise.race([settled, timedOut]);
    clearTimeout(timer);
    if (done) this.logger.log(`Finished ${count} task(s) in flight before stopping`);
    else this.logger.warn(`${this.inFlight.size} task(s) still in flight after ${this.config.shutdownGraceSeconds} s; stopping anyway`);
  }
}

@Global()
@Module({ providers: [ShutdownCoordinator], exports: [ShutdownCoordinator] })
export class ShutdownModule {}

import { Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AdvisoryLock, whileHoldingLock } from './locks';

/**
 * A job run when a worker starts and every SCHEDULER_INTERVAL_SECONDS after that. A tick only finds
 * due work in the database and enqueues it on Bull (queue/queue-names.ts); the work itself runs in a
 * processor. That the database, not Redis, says what is due is what makes a flushed Redis or a
 * killed worker lose nothing.
 */
export interface PeriodicJob {
  /** `atStart` is true for the tick run as the worker starts. */
  tick(atStart: boolean): Promise<void>;
}

export interface PeriodicOptions {
  /** Name of the interval in @nestjs/schedule's registry and in the logs. */
  name: string;
  /** The lock a worker holds through the tick: with several workers, one of them runs each tick. */
  lock: AdvisoryLock;
}

const PeriodicMarker = DiscoveryService.createDecorator<PeriodicOptions>();

/** Registers a provider as a periodic job; the provider must be in a module loaded by workers. */
export function Periodic(options: PeriodicOptions): (target: new (...args: never[]) => PeriodicJob) => void {
  return (target) => PeriodicMarker(options)(target);
}

/** Runs every `@Periodic` provider; loaded only when ROLE is worker or all. */
@Injectable()
export class PeriodicJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(PeriodicJobs.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly registry: SchedulerRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: PeriodicMarker.KEY })) {
      const options = this.discovery.getMetadataByDecorator(PeriodicMarker, wrapper);
      if (options) this.schedule(options, wrapper.instance as PeriodicJob);
    }
  }

  private schedule({ name, lock }: PeriodicOptions, job: PeriodicJob): void {
    // A short interval on a slow database must not stack ticks up: a beat is skipped while the last one runs.
    let running = false;
    const run = (atStart: boolean) => {
      if (running) return;
      running = true;
      void whileHoldingLock(this.dataSource, lock, () => job.tick(atStart))
        .catch((error) => this.logger.error(`Periodic job ${name} failed: ${(error as Error).message}`))
        .finally(() => (running = false));
    };
    // Registered with @nestjs/schedule, which clears it on shutdown.
    this.registry.addInterval(name, setInterval(() => run(false), this.config.schedulerIntervalSeconds * 1000));
    run(true);
  }
}

@Module({ imports: [DiscoveryModule], providers: [PeriodicJobs] })
export class PeriodicJobsModule {}

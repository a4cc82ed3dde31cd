import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { everySchedulerInterval } from '../../../common/scheduler-interval';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { CampaignDispatcher } from '../campaigns/campaign-dispatcher.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { EmailLogsRepository } from '../sending/email-logs.repository';

/** Only the worker holding this advisory lock schedules; the others skip the tick. */
const SCHEDULER_LOCK_KEY = 7_412_300;

/**
 * Every SCHEDULER_INTERVAL_SECONDS (a minute in production) and when a worker starts: resolves emails orphaned by dead processes, starts
 * scheduled campaigns whose time has come, and re-enqueues the work of every sending campaign —
 * which is what makes a flushed Redis or a killed worker lose nothing. The tick only enqueues.
 */
@Injectable()
export class CampaignSchedulerCronJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(CampaignSchedulerCronJob.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsRepository,
    private readonly logs: EmailLogsRepository,
    private readonly dispatcher: CampaignDispatcher,
  ) {}

  onApplicationBootstrap(): void {
    everySchedulerInterval(this.registry, this.config, 'campaign-scheduler', () => this.tick());
    void this.tick();
  }

  async tick(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [SCHEDULER_LOCK_KEY]);
      if (!locked) return;
      try {
        const orphaned = await this.logs.resolveOrphans();
        if (orphaned.length) this.logger.warn(`Resolved interrupted sends of campaigns ${orphaned.join(', ')} as failed (at-most-once)`);
        const started = await this.campaigns.startDueScheduled();
        if (started.length) this.logger.log(`Started scheduled campaigns ${started.join(', ')}`);
        for (const campaign of await this.campaigns.sendingCampaigns()) {
          if (campaign.expanded && (await this.campaigns.completeIfDone(campaign.id))) continue;
          await this.dispatcher.start(campaign.id, campaign.expanded);
        }
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [SCHEDULER_LOCK_KEY]);
      }
    } catch (error) {
      this.logger.error(`Campaign scheduler tick failed: ${(error as Error).message}`);
    } finally {
      await runner.release();
    }
  }
}

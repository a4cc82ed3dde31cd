import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WEBHOOK_NOTIFY_CHANNEL } from './webhook-events.repository';

/** Attempts in flight at once in this process, over all endpoints. */
const MAX_IN_FLIGHT = 200;
/** Due deliveries claimed per query. */
const CLAIM_BATCH = 100;
/** The poll behind LISTEN: retries come due without a NOTIFY, and a lost connection must not stall deliveries. */
const POLL_MS = 1000;
const RELISTEN_MS = 2000;

/**
 * Sends due webhook deliveries (worker role). The database says what is due, so a flushed Redis
 * or a killed worker loses nothing: each claim is a lease, and a dead worker's leases run out.
 * Publishing NOTIFYs on commit, which wakes the loop at once; a short poll catches retries and
 * covers a lost LISTEN connection. Claiming keeps topping up to MAX_IN_FLIGHT as attempts finish
 * rather than waiting for a batch, so one slow endpoint does not hold up the others.
 */
@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveryWorker.name);
  private readonly inFlight = new Set<Promise<void>>();
  private listener: Client | null = null;
  private poll: NodeJS.Timeout | null = null;
  private relisten: NodeJS.Timeout | null = null;
  private filling = false;
  private fillAgain = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: WebhookDeliveriesRepository,
    private readonly delivery: WebhookDeliveryService,
  ) {}

  onApplicationBootstrap(): void {
    this.poll = setInterval(() => this.wake(), POLL_MS);
    void this.listen();
    this.wake();
  }

  /** Before shutdown proper, while the sender's sockets and the database pool still work. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    if (this.relisten) clearTimeout(this.relisten);
    await this.listener?.end().catch(() => undefined);
    // Attempts under way finish and are recorded (each is bounded by WEBHOOK_TIMEOUT_MS).
    await Promise.allSettled([...this.inFlight]);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn(`Webhook LISTEN connection lost (${error.message}); polling until it is back`);
      this.listener = null;
      void client.end().catch(() => undefined);
      if (!this.stopped) this.relisten = setTimeout(() => void this.listen(), RELISTEN_MS);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${WEBHOOK_NOTIFY_CHANNEL}`);
      if (this.stopped) return void (await client.end());
      this.listener = client;
    } catch (error) {
      client.emit('error', error);
    }
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.filling) {
      this.fillAgain = true;
      return;
    }
    this.filling = true;
    void this.fill()
      .catch((error) => this.logger.error(`Claiming webhook deliveries failed: ${(error as Error).message}`))
      .finally(() => {
        this.filling = false;
        if (this.fillAgain) {
          this.fillAgain = false;
          this.wake();
        }
      });
  }

  private async fill(): Promise<void> {
    while (!this.stopped) {
      const room = Math.min(MAX_IN_FLIGHT - this.inFlight.size, CLAIM_BATCH);
      if (room <= 0) return;
      const claimed = await this.repository.claimDue(this.config.webhookConcurrency, room, this.delivery.leaseSeconds);
      for (const delivery of claimed) {
        const attempt: Promise<void> = this.delivery.attempt(delivery).then(() => {
          this.inFlight.delete(attempt);
          // A finished attempt frees a place for its endpoint's next delivery.
          this.wake();
        });
        this.inFlight.add(attempt);
      }
      if (claimed.length < room) return;
    }
  }
}

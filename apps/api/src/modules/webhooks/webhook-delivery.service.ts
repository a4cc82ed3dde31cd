import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { TransactionalEmailService } from '../emails/sending/transactional-email.service';
import { UsersService } from '../users/users.service';
import { ClaimedDelivery, WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { endpointDisabledEmail } from './webhook-emails';
import { DISABLE_AFTER_MS, retryDelayMs } from './webhook-rules';
import { withoutUserInfo } from './webhook-rules';
import { WebhookAttemptResult, WebhookSender } from './webhook-sender';

/**
 * One attempt of a leased delivery, and its consequences: the result recorded, the next attempt
 * scheduled, the endpoint disabled (and the admins told) after days of failures. Used by the
 * worker for every due delivery and by the API for tests and redeliveries, so both take the same path.
 */
@Injectable()
export class WebhookDeliveryService implements OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveryService.name);
  private readonly sender: WebhookSender;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: WebhookDeliveriesRepository,
    private readonly users: UsersService,
    private readonly mail: TransactionalEmailService,
  ) {
    this.sender = new WebhookSender({ timeoutMs: config.webhookTimeoutMs, allowPrivate: config.webhookAllowPrivate });
  }

  /**
   * Long enough for the attempt (bounded by the timeout) and its recording on a slow database; a
   * process that dies mid-attempt lets go of the delivery when it passes, and another attempts it.
   */
  get leaseSeconds(): number {
    return Math.ceil((2 * this.config.webhookTimeoutMs) / 1000) + 5;
  }

  /**
   * Never throws: a failure is recorded on the delivery. When the outcome cannot be recorded, the
   * attempt is still counted (without the answer), so a delivery whose outcome the database refuses
   * runs out its retry window instead of coming back at every lease expiry; when even that fails
   * (the database is down), it is logged and the lease brings the delivery back.
   */
  async attempt(delivery: ClaimedDelivery): Promise<WebhookAttemptResult> {
    const body = JSON.stringify({ type: delivery.type, timestamp: new Date(delivery.eventCreatedAt).toISOString(), data: delivery.payload });
    const result = await this.sender
      .send({ url: delivery.url, secret: delivery.secret, msgId: delivery.eventId, body })
      .catch((error: Error): WebhookAttemptResult => ({ ok: false, status: null, body: null, error: error.message }));
    try {
      await this.record(delivery, result);
    } catch (error) {
      const why = (error as Error).message;
      this.logger.error(`Could not record the attempt of webhook delivery ${delivery.id}: ${why}`);
      await this.record(delivery, { ...result, body: null, error: `The outcome could not be recorded: ${why}` }).catch((again: Error) =>
        this.logger.error(`Could not count the attempt of webhook delivery ${delivery.id} either: ${again.message}`),
      );
    }
    return result;
  }

  private async record(delivery: ClaimedDelivery, result: WebhookAttemptResult): Promise<void> {
    const outcome = { status: result.status, body: result.body, error: result.error };
    if (result.ok) {
      await this.repository.recordSuccess(delivery, outcome);
      return;
    }
    const delayMs = retryDelayMs(delivery.attempts + 1, this.config.webhookRetryBaseMs);
    const endpoint = await this.repository.recordFailure(delivery, outcome, delayMs / 1000);
    if (!endpoint?.isActive || Date.now() - new Date(endpoint.failingSince).getTime() < DISABLE_AFTER_MS) return;
    const last = result.error ?? `HTTP ${result.status}`;
    const reason = `Every attempt failed for 3 days, since ${new Date(endpoint.failingSince).toISOString()}; the last: ${last}`;
    if (await this.repository.disableEndpoint(endpoint.id, reason)) {
      this.logger.warn(`Webhook endpoint ${endpoint.id} disabled: ${reason}`);
      await this.notifyAdmins(delivery.url, reason);
    }
  }

  private async notifyAdmins(url: string, reason: string): Promise<void> {
    const admins = await this.users.findActiveAdmins();
    const email = endpointDisabledEmail(withoutUserInfo(url), reason, `${this.config.publicUrl}/settings/webhooks`);
    await Promise.all(
      admins.map((admin) =>
        this.mail.send({ to: admin.email, ...email }).catch((error: unknown) =>
          this.logger.warn(`The endpoint-disabled email to user ${admin.id} was not sent: ${(error as Error).message}`),
        ),
      ),
    );
  }

  onApplicationShutdown(): void {
    this.sender.close();
  }
}

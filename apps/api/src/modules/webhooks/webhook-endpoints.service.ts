import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { validationProblem } from '../../common/filters/problem';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { CreateWebhookEndpointDto, ListWebhookDeliveriesQueryDto, UpdateWebhookEndpointDto } from './dto/webhook-endpoint.dto';
import { WebhookEndpoint } from './entities/webhook-endpoint.entity';
import { assertPublicHost, RefusedAddressError } from './webhook-address-policy';
import { DeliveryRow, WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { PING_EVENT_TYPE } from './webhook-event-types';
import { WebhookEventsRepository } from './webhook-events.repository';
import { generateWebhookSecret } from './webhook-signing';
import { webhookUrlProblem } from './webhook-rules';

/** Webhook endpoints as admins manage them, their delivery log, tests and redeliveries. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(WebhookEndpoint) private readonly endpoints: Repository<WebhookEndpoint>,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly events: WebhookEventsRepository,
    private readonly delivery: WebhookDeliveryService,
  ) {}

  list(): Promise<WebhookEndpoint[]> {
    return this.endpoints.find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async get(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.endpoints.findOneBy({ id });
    if (!endpoint) throw new NotFoundException('Webhook endpoint not found');
    return endpoint;
  }

  async create(dto: CreateWebhookEndpointDto, user: AuthUser): Promise<WebhookEndpoint> {
    await this.checkUrl(dto.url);
    return this.endpoints.save(
      this.endpoints.create({
        url: dto.url,
        description: dto.description ?? '',
        events: unique(dto.events),
        isActive: dto.isActive ?? true,
        secret: generateWebhookSecret(),
        createdById: user.id,
      }),
    );
  }

  async update(id: string, dto: UpdateWebhookEndpointDto): Promise<WebhookEndpoint> {
    const endpoint = await this.get(id);
    if (dto.url !== undefined) {
      await this.checkUrl(dto.url);
      // A failing streak was another URL's: the new one has not failed yet.
      if (dto.url !== endpoint.url) endpoint.failingSince = null;
      endpoint.url = dto.url;
    }
    if (dto.description !== undefined) endpoint.description = dto.description;
    if (dto.events !== undefined) endpoint.events = unique(dto.events);
    if (dto.isActive !== undefined) {
      // Turned back on by an admin: the streak that disabled it is over, a new one starts at the next failure.
      if (dto.isActive && !endpoint.isActive) Object.assign(endpoint, { disabledAt: null, disabledReason: null, failingSince: null });
      endpoint.isActive = dto.isActive;
    }
    return this.endpoints.save(endpoint);
  }

  async remove(id: string): Promise<void> {
    const { affected } = await this.endpoints.delete({ id });
    if (!affected) throw new NotFoundException('Webhook endpoint not found');
  }

  async rotateSecret(id: string): Promise<string> {
    const endpoint = await this.get(id);
    endpoint.secret = generateWebhookSecret();
    await this.endpoints.save(endpoint);
    return endpoint.secret;
  }

  /**
   * Sends a `ping` to this endpoint only (active or not), through the delivery path of every event,
   * and answers the delivery after its first attempt. A failed ping is retried like any delivery.
   */
  async test(id: string): Promise<DeliveryRow> {
    const endpoint = await this.get(id);
    const claimed = await this.dataSource.transaction(async (manager) => {
      const [deliveryId] = await this.events.publish(manager, [{ type: PING_EVENT_TYPE, data: { endpointId: endpoint.id } }], endpoint.id);
      // Deleted since it was read: nothing was written.
      if (!deliveryId) throw new NotFoundException('Webhook endpoint not found');
      return this.deliveries.claimWritten(manager, deliveryId, this.delivery.leaseSeconds);
    });
    await this.delivery.attempt(claimed);
    return this.getDelivery(claimed.id);
  }

  async listDeliveries(endpointId: string, query: ListWebhookDeliveriesQueryDto): Promise<{ rows: DeliveryRow[]; total: number }> {
    await this.get(endpointId);
    return this.deliveries.listForEndpoint(endpointId, query.status, query.limit, query.offset);
  }

  /**
   * Attempts the delivery again now, with the same `webhook-id` (the event id), whatever its
   * status; a failure is retried for another 24 hours. When an attempt is under way already, answers it as it is.
   */
  async redeliver(id: string): Promise<DeliveryRow> {
    await this.getDelivery(id);
    const claimed = await this.deliveries.claimForRedelivery(id, this.delivery.leaseSeconds);
    if (claimed) await this.delivery.attempt(claimed);
    return this.getDelivery(id);
  }

  private async getDelivery(id: string): Promise<DeliveryRow> {
    const row = await this.deliveries.findOne(id);
    if (!row) throw new NotFoundException('Webhook delivery not found');
    return row;
  }

  /**
   * The URL's form, then (unless WEBHOOK_ALLOW_PRIVATE) where it leads. Checked again at every
   * connection: a name may resolve elsewhere later.
   */
  private async checkUrl(url: string): Promise<void> {
    const problem = webhookUrlProblem(url);
    if (problem) throw validationProblem([{ field: 'url', message: problem }]);
    if (this.config.webhookAllowPrivate) return;
    try {
      await assertPublicHost(new URL(url).hostname);
    } catch (error) {
      if (!(error instanceof RefusedAddressError)) throw error;
      throw validationProblem([{ field: 'url', message: `must lead to a public address: ${error.message}` }]);
    }
  }
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { PageDto, PageQueryDto } from '../../../common/dto/pagination.dto';
import { WEBHOOK_DELIVERY_STATUSES, WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '../webhook-event-types';
import type { DeliveryRow } from '../webhook-deliveries.repository';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class WebhookEndpointDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  url: string;
  @ApiProperty()
  description: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  events: WebhookEventType[];
  /** False when turned off by an admin, or by Corral after 3 days of failures (`disabledAt` then says when). */
  @ApiProperty()
  isActive: boolean;
  /** Since when every attempt has failed; null while the endpoint answers. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  failingSince: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  disabledAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  disabledReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdById: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(endpoint: WebhookEndpoint): WebhookEndpointDto {
    return {
      id: endpoint.id,
      url: endpoint.url,
      description: endpoint.description,
      events: endpoint.events,
      isActive: endpoint.isActive,
      failingSince: endpoint.failingSince?.toISOString() ?? null,
      disabledAt: endpoint.disabledAt?.toISOString() ?? null,
      disabledReason: endpoint.disabledReason,
      createdById: endpoint.createdById,
      createdAt: endpoint.createdAt.toISOString(),
      updatedAt: endpoint.updatedAt.toISOString(),
    };
  }
}

/** The answer of create: the only time the secret is shown, besides rotate-secret. */
export class CreatedWebhookEndpointDto extends WebhookEndpointDto {
  /** `whsec_…`: verify `webhook-signature` with it (Standard Webhooks). Not shown again. */
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
  secret: string;
}

export class WebhookEndpointListDto {
  /** Oldest first. */
  @ApiProperty({ type: [WebhookEndpointDto] })
  data: WebhookEndpointDto[];
}

export class WebhookSecretDto {
  /** The new `whsec_…` secret; the old one stops signing at once. */
  @ApiProperty()
  secret: string;
}

export class CreateWebhookEndpointDto {
  /** http:// or https://, at most 2048 characters; must not resolve to a loopback or private address unless WEBHOOK_ALLOW_PRIVATE=true. */
  @ApiProperty({ maxLength: 2048, example: 'https://hooks.example.com/corral' })
  @Transform(trim)
  @IsString()
  url: string;

  /** Empty when absent at creation. */
  // Absent is allowed, null is not (it would clear a column that holds text): a 400, not a 500.
  // No OpenAPI `default`: the generated client would then make the field required.
  @ApiPropertyOptional({ maxLength: 500 })
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  description?: string;

  /** The event types sent to this endpoint; at least one. */
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  @IsArray()
  @ArrayNotEmpty({ message: 'must name at least one event type' })
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: `must each be one of ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  events: WebhookEventType[];

  /** True when absent at creation. Turning a disabled endpoint back on clears its `disabledAt` and failing streak. */
  @ApiPropertyOptional()
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  isActive?: boolean;
}

// skipNullProperties: false checks a null instead of skipping it (a null url is a 400, not "unchanged").
export class UpdateWebhookEndpointDto extends PartialType(CreateWebhookEndpointDto, { skipNullProperties: false }) {}

export class ListWebhookDeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: WEBHOOK_DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(WEBHOOK_DELIVERY_STATUSES)
  status?: WebhookDeliveryStatus;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  endpointId: string;
  /** The `webhook-id` header of every attempt, redeliveries included. */
  @ApiProperty({ format: 'uuid' })
  eventId: string;
  /** An event type, or `ping` for a test. */
  @ApiProperty({ example: 'contact.updated' })
  eventType: string;
  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATUSES })
  status: WebhookDeliveryStatus;
  @ApiProperty()
  attempts: number;
  /** The HTTP status of the last answer; null when none came. */
  @ApiProperty({ type: Number, nullable: true })
  responseStatus: number | null;
  /** The first kilobyte of the last answer. */
  @ApiProperty({ type: String, nullable: true })
  responseBody: string | null;
  /** Why the last attempt failed when its status does not say (timeout, refused address, redirect). */
  @ApiProperty({ type: String, nullable: true })
  error: string | null;
  /** When the next attempt is due; null once the delivery succeeded or failed for good. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextAttemptAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(row: DeliveryRow): WebhookDeliveryDto {
    return {
      id: row.id,
      endpointId: row.endpointId,
      eventId: row.eventId,
      eventType: row.eventType,
      status: row.status,
      attempts: row.attempts,
      responseStatus: row.responseStatus,
      responseBody: row.responseBody,
      error: row.error,
      nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
      lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class WebhookDeliveryPageDto extends PageDto(WebhookDeliveryDto) {}

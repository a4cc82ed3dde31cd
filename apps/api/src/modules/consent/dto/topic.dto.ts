import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { CONSENT_ACTIONS, CONSENT_SOURCES, ConsentEvent } from '../entities/consent-event.entity';
import { SUBSCRIPTION_STATUSES, SubscriptionStatus } from '../entities/contact-subscription.entity';
import { Topic } from '../entities/topic.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class TopicDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: String, nullable: true })
  description: string | null;
  /** Only contacts who subscribed get its emails; otherwise everyone but those who unsubscribed. */
  @ApiProperty()
  requiresOptIn: boolean;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(topic: Topic): TopicDto {
    return {
      id: topic.id,
      name: topic.name,
      description: topic.description,
      requiresOptIn: topic.requiresOptIn,
      createdAt: topic.createdAt.toISOString(),
      updatedAt: topic.updatedAt.toISOString(),
    };
  }
}

export class CreateTopicDto {
  /** Unique, ignoring case. */
  @ApiProperty({ maxLength: 100 })
  @Transform(trim)
  @IsString({ message: 'must be a text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString({ message: 'must be a text' })
  @MaxLength(1000)
  description?: string | null;

  /** False (opt-out) when absent on create. */
  @ApiPropertyOptional()
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean({ message: 'must be true or false' })
  requiresOptIn?: boolean;
}

// skipNullProperties: false checks a null instead of skipping it; description skips null itself.
export class UpdateTopicDto extends PartialType(CreateTopicDto, { skipNullProperties: false }) {}

/** A contact's status for one topic (every topic is listed; `explicit` says whether the contact chose). */
export class SubscriptionDto {
  @ApiProperty({ format: 'uuid' })
  topicId: string;
  @ApiProperty()
  topicName: string;
  @ApiProperty({ type: String, nullable: true })
  topicDescription: string | null;
  @ApiProperty()
  requiresOptIn: boolean;
  /** Without a choice: `subscribed` for an opt-out topic, `unsubscribed` for one that requires opt-in. */
  @ApiProperty({ enum: SUBSCRIPTION_STATUSES })
  status: SubscriptionStatus;
  /** The contact (or someone for them) chose this status; false: the topic's default. */
  @ApiProperty()
  explicit: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt: string | null;
}

export class SubscriptionChangeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  topicId: string;

  /** `pending` is set only by a double opt-in form. */
  @ApiProperty({ enum: ['subscribed', 'unsubscribed'] })
  @IsIn(['subscribed', 'unsubscribed'], { message: 'must be subscribed or unsubscribed' })
  status: 'subscribed' | 'unsubscribed';
}

/** The body of PATCH /api/contacts/:id/subscriptions: validated element by element (ParseArrayPipe). */
export class SubscriptionChangesDto {
  @IsArray({ message: 'must be a list of {topicId, status}' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SubscriptionChangeDto)
  changes: SubscriptionChangeDto[];
}

export class ConsentEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: CONSENT_ACTIONS })
  action: string;
  /** Null: about all email (an unsubscribe that suppressed the address). */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  topicId: string | null;
  @ApiProperty({ enum: CONSENT_SOURCES })
  source: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  formId: string | null;
  @ApiProperty({ type: String, nullable: true })
  ip: string | null;
  @ApiProperty({ type: String, nullable: true })
  userAgent: string | null;
  /** The consent text the person was shown. */
  @ApiProperty({ type: String, nullable: true })
  text: string | null;
  /** The user who made a manual or API change. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorUserId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorApiKeyId: string | null;
  @ApiProperty({ format: 'date-time' })
  at: string;

  static from(event: ConsentEvent): ConsentEventDto {
    return {
      id: event.id,
      action: event.action,
      topicId: event.topicId,
      source: event.source,
      formId: event.formId,
      ip: event.ip,
      userAgent: event.userAgent,
      text: event.text,
      actorUserId: event.actorUserId,
      actorApiKeyId: event.actorApiKeyId,
      at: event.at.toISOString(),
    };
  }
}

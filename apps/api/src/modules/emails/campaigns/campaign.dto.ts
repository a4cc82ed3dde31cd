import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import { CONTACT_STATUSES } from '../../contacts/entities/contact.entity';
import { Campaign, CAMPAIGN_STATUSES, CampaignStatus } from '../entities/campaign.entity';
import { EMAIL_LOG_STATUSES } from '../entities/email-log.entity';
import { UNSUBSCRIBE_REASONS } from '../../consent/entities/unsubscribe-reason.entity';

const SEGMENTS_MAX = 20;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Contacts matching every given criterion; archived contacts and suppressed addresses are never included. */
export class SegmentFilterDto {
  /** One status or several (any of them). */
  @ApiPropertyOptional({ oneOf: [{ type: 'string', enum: [...CONTACT_STATUSES] }, { type: 'array', items: { type: 'string', enum: [...CONTACT_STATUSES] } }] })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? [value] : value))
  @IsArray({ message: 'must be a status or a list of statuses' })
  @IsIn(CONTACT_STATUSES, { each: true, message: `must be among ${CONTACT_STATUSES.join(', ')}` })
  status?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  tags?: string[];

  /** With `tags`: contacts with any of them (when absent) or all of them. */
  @ApiPropertyOptional({ enum: ['any', 'all'] })
  @IsOptional()
  @IsIn(['any', 'all'], { message: 'must be any or all' })
  tagMatch?: 'any' | 'all';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  companyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  assignedToId?: string;
}

export class CampaignStatsDto {
  /** Email logs: one per contact the campaign reached or will reach. */
  @ApiProperty()
  recipients: number;
  /** Not sent yet (queued or being retried). */
  @ApiProperty()
  pending: number;
  /** Accepted by the SMTP server (including those later delivered or bounced). */
  @ApiProperty()
  sent: number;
  @ApiProperty()
  failed: number;
  @ApiProperty()
  bounced: number;
  /** Unique: emails opened at least once (a click counts as an open). */
  @ApiProperty()
  opened: number;
  /** Unique: emails with at least one click. */
  @ApiProperty()
  clicked: number;
  @ApiProperty()
  unsubscribed: number;
  /** opened / sent (0 when nothing was sent). */
  @ApiProperty()
  openRate: number;
  /** clicked / sent (0 when nothing was sent). */
  @ApiProperty()
  clickRate: number;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: String, nullable: true })
  description: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  templateId: string | null;
  @ApiProperty({ type: String, nullable: true })
  templateName: string | null;
  @ApiProperty({ type: SegmentFilterDto })
  segmentFilter: SegmentFilterDto;
  /** Segments whose union the campaign aims at, narrowed by `segmentFilter`; empty: `segmentFilter` alone. */
  @ApiProperty({ type: [String], format: 'uuid' })
  segmentIds: string[];
  /** Contacts in any of these segments are skipped. */
  @ApiProperty({ type: [String], format: 'uuid' })
  excludeSegmentIds: string[];
  /** The consent topic the campaign is about; null: every contact not suppressed. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  topicId: string | null;
  @ApiProperty({ enum: CAMPAIGN_STATUSES })
  status: CampaignStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  scheduledAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt: string | null;
  @ApiProperty({ description: 'Each email carries the open pixel. When false, `stats.opened` counts only emails whose links were clicked.' })
  trackOpens: boolean;
  @ApiProperty({ description: 'Links are rewritten to click-tracking redirects. When false they go straight to their targets; the unsubscribe link is never rewritten.' })
  trackClicks: boolean;
  @ApiProperty({ type: CampaignStatsDto })
  stats: CampaignStatsDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdById: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(campaign: Campaign, stats: CampaignStatsDto, templateName: string | null): CampaignDto {
    return {
      id: campaign.id,
      name: campaign.name,
      description: campaign.description,
      templateId: campaign.templateId,
      templateName,
      segmentFilter: campaign.segmentFilter as SegmentFilterDto,
      segmentIds: campaign.segmentIds,
      excludeSegmentIds: campaign.excludeSegmentIds,
      topicId: campaign.topicId,
      status: campaign.status,
      scheduledAt: campaign.scheduledAt?.toISOString() ?? null,
      startedAt: campaign.startedAt?.toISOString() ?? null,
      completedAt: campaign.completedAt?.toISOString() ?? null,
      trackOpens: campaign.trackOpens,
      trackClicks: campaign.trackClicks,
      stats,
      createdById: campaign.createdById,
      createdAt: campaign.createdAt.toISOString(),
      updatedAt: campaign.updatedAt.toISOString(),
    };
  }
}

export class CampaignPageDto extends PageDto(CampaignDto) {}

export class CampaignListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES, { message: `must be one of ${CAMPAIGN_STATUSES.join(', ')}` })
  status?: CampaignStatus;
}

export class CreateCampaignDto {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  /** Required before sending. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  templateId?: string | null;

  @ApiPropertyOptional({ type: SegmentFilterDto })
  // Not @IsOptional: `{}` is the segment of every contact; null is not a segment.
  @ValidateIf((_, value) => value !== undefined)
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => SegmentFilterDto)
  segmentFilter?: SegmentFilterDto;

  /** Segments whose union the campaign aims at (each contact once), narrowed by `segmentFilter`; empty or absent: `segmentFilter` alone. */
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: SEGMENTS_MAX })
  @ValidateIf((_, value) => value !== undefined)
  @IsArray({ message: 'must be a list of segment ids' })
  @ArrayMaxSize(SEGMENTS_MAX)
  @IsUUID('all', { each: true, message: 'must be a UUID' })
  segmentIds?: string[];

  /** Contacts in any of these segments are skipped. */
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: SEGMENTS_MAX })
  @ValidateIf((_, value) => value !== undefined)
  @IsArray({ message: 'must be a list of segment ids' })
  @ArrayMaxSize(SEGMENTS_MAX)
  @IsUUID('all', { each: true, message: 'must be a UUID' })
  excludeSegmentIds?: string[];

  /** A consent topic: contacts unsubscribed from it are skipped (and, when it requires opt-in, all who did not subscribe); one-click unsubscribe then leaves the topic only. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  topicId?: string | null;

  /** When `send` is called: a future time schedules the campaign, otherwise it goes out at once. */
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsDateString({ strict: true }, { message: 'must be an ISO 8601 date-time' })
  scheduledAt?: string | null;

  // No `default` in the schema: openapi-typescript would make the field required in request types.
  @ApiPropertyOptional({ description: 'Add the open-tracking pixel to each email; true when absent on create.' })
  // Not @IsOptional: that would let null through to a NOT NULL column.
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean({ message: 'must be true or false' })
  trackOpens?: boolean;

  @ApiPropertyOptional({ description: 'Rewrite links to click-tracking redirects (never the unsubscribe link); true when absent on create.' })
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean({ message: 'must be true or false' })
  trackClicks?: boolean;
}

// skipNullProperties: false checks a null instead of skipping it; the nullable fields skip null themselves.
export class UpdateCampaignDto extends PartialType(CreateCampaignDto, { skipNullProperties: false }) {}

export class AudienceDto {
  /** Contacts that would receive the campaign now (archived and suppressed excluded). */
  @ApiProperty()
  count: number;
  /** Contacts the filter and segments reach that would be skipped: in an excluded segment, out of the topic, suppressed or archived. */
  @ApiProperty()
  excluded: number;
}

export class AudienceQueryDto {
  @ApiProperty({ type: SegmentFilterDto })
  @ValidateNested()
  @Type(() => SegmentFilterDto)
  segmentFilter: SegmentFilterDto;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: SEGMENTS_MAX })
  @IsOptional()
  @IsArray({ message: 'must be a list of segment ids' })
  @ArrayMaxSize(SEGMENTS_MAX)
  @IsUUID('all', { each: true, message: 'must be a UUID' })
  segmentIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: SEGMENTS_MAX })
  @IsOptional()
  @IsArray({ message: 'must be a list of segment ids' })
  @ArrayMaxSize(SEGMENTS_MAX)
  @IsUUID('all', { each: true, message: 'must be a UUID' })
  excludeSegmentIds?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  topicId?: string | null;
}

export const EXPLAIN_REASONS = ['included', 'not_in_audience', 'excluded_segment', 'unsubscribed_topic', 'suppressed', 'archived', 'pending', 'sent', 'delivered', 'failed', 'bounced'] as const;

export class ExplainQueryDto {
  @ApiProperty({ maxLength: 254 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(254)
  email: string;
}

export class RecipientExplanationDto {
  /** The address gets (or got) the campaign. */
  @ApiProperty()
  included: boolean;
  /**
   * Before sending, as the audience is now: `included`, `not_in_audience` (no such contact, or the
   * filter and segments do not reach it), `excluded_segment`, `unsubscribed_topic` (left the campaign's
   * topic, or never joined one that requires opt-in), `suppressed`, `archived`. Once the
   * audience is frozen: the email's status (`pending`, `sent`, `delivered`, `failed`, `bounced`),
   * or the reason recorded when it was skipped, or `not_in_audience`.
   */
  @ApiProperty({ enum: EXPLAIN_REASONS })
  reason: (typeof EXPLAIN_REASONS)[number];
}

const API_LOG_STATUSES = EMAIL_LOG_STATUSES.filter((s) => s !== 'sending');

export class EmailLogDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  campaignId: string | null;
  @ApiProperty({ type: String, nullable: true })
  campaignName: string | null;
  @ApiProperty({ format: 'uuid' })
  contactId: string;
  @ApiProperty()
  contactName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  templateId: string | null;
  /** The address the email went (or goes) to. */
  @ApiProperty()
  email: string;
  @ApiProperty({ enum: API_LOG_STATUSES })
  status: string;
  @ApiProperty({ type: String, nullable: true })
  renderedSubject: string | null;
  @ApiProperty({ type: String, nullable: true })
  errorMessage: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  openedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  clickedAt: string | null;
  @ApiProperty()
  openCount: number;
  @ApiProperty()
  clickCount: number;
  @ApiProperty({ type: [String] })
  clickedLinks: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  unsubscribedAt: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class EmailLogPageDto extends PageDto(EmailLogDto) {}

export class EmailLogListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: API_LOG_STATUSES })
  @IsOptional()
  @IsIn(API_LOG_STATUSES, { message: `must be one of ${API_LOG_STATUSES.join(', ')}` })
  status?: string;
}

export class TimelinePointDto {
  @ApiProperty({ format: 'date-time' })
  at: string;
  @ApiProperty()
  sent: number;
  /** First opens in this interval. */
  @ApiProperty()
  opened: number;
  /** First clicks in this interval. */
  @ApiProperty()
  clicked: number;
}

export class CampaignTimelineDto {
  @ApiProperty({ enum: ['minute', 'hour', 'day'] })
  interval: 'minute' | 'hour' | 'day';
  @ApiProperty({ type: [TimelinePointDto] })
  points: TimelinePointDto[];
}

export class UnsubscribeReasonCountDto {
  @ApiProperty({ enum: UNSUBSCRIBE_REASONS })
  reason: string;
  @ApiProperty()
  count: number;
}

export class CampaignLinkStatsDto {
  @ApiProperty()
  url: string;
  /** Recipients who clicked it at least once. */
  @ApiProperty()
  clickers: number;
}

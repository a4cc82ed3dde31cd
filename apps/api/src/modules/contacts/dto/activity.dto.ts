import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageDto } from '../../../common/dto/pagination.dto';
import { Activity, ACTIVITY_TYPES, ActivityType } from '../entities/activity.entity';

/** Types a user may log by hand; `system` entries are written by the product only. */
export const MANUAL_ACTIVITY_TYPES = ['note', 'call', 'meeting', 'email', 'task'] as const;
export type ManualActivityType = (typeof MANUAL_ACTIVITY_TYPES)[number];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ActivityAuthorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
}

export class ActivityApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
}

export class ActivityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  contactId: string;
  @ApiProperty({ enum: ACTIVITY_TYPES })
  type: ActivityType;
  @ApiProperty()
  title: string;
  @ApiProperty({ type: String, nullable: true })
  description: string | null;
  /** Null for entries the product wrote (status changes, emails sent, workflow steps). */
  @ApiProperty({ type: ActivityAuthorDto, nullable: true })
  createdBy: ActivityAuthorDto | null;
  /** The API key the entry was written with (shown as "via API key '<name>'"); null for the SPA's and the product's own entries. */
  @ApiProperty({ type: ActivityApiKeyDto, nullable: true })
  apiKey: ActivityApiKeyDto | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(activity: Activity): ActivityDto {
    return {
      id: activity.id,
      contactId: activity.contactId,
      type: activity.type,
      title: activity.title,
      description: activity.description,
      createdBy: activity.createdBy ? { id: activity.createdBy.id, name: activity.createdBy.name } : null,
      apiKey: activity.apiKey ? { id: activity.apiKey.id, name: activity.apiKey.name } : null,
      createdAt: activity.createdAt.toISOString(),
    };
  }
}

export class ActivityPageDto extends PageDto(ActivityDto) {}

export class CreateActivityDto {
  @ApiProperty({ enum: MANUAL_ACTIVITY_TYPES })
  @IsIn(MANUAL_ACTIVITY_TYPES, { message: `must be one of ${MANUAL_ACTIVITY_TYPES.join(', ')}` })
  type: ManualActivityType;

  @ApiProperty({ minLength: 1, maxLength: 300 })
  @Transform(trim)
  @MaxLength(300)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  title: string;

  @ApiPropertyOptional({ type: String, maxLength: 10000, nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(10000)
  @IsString()
  description?: string | null;
}

import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageDto } from '../../../common/dto/pagination.dto';
import { ContactDto } from '../../contacts/dto/contact.dto';
import { Segment } from '../entities/segment.entity';
import { DEAL_OPS, DEAL_STATUSES, EMAIL_OPS, FIELD_OPS, SEGMENT_OPS, SegmentDefinition } from '../segment-rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `{field, op, value?}` on a contact field or its company's. */
export class SegmentFieldConditionDto {
  /** `status`, `tags`, `email`, `firstName`, `lastName`, `phone`, `companyId`, `assignedToId`, `createdAt`, `cf.<key>`, `company.name`, `company.industry`, `company.size`, `company.cf.<key>`. */
  @ApiProperty()
  field: string;
  @ApiProperty({ enum: FIELD_OPS })
  op: string;
  /** Per op: one value (eq, neq, contains, not_contains, starts_with, gt…lte), a list (in, not_in), a date or date-time (before, after), a number of days (within_last_days, more_than_days_ago), absent (empty, not_empty). */
  @ApiPropertyOptional({ anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } }] })
  value?: unknown;
}

/** Email engagement, of one campaign or any campaign. */
export class SegmentEmailConditionDto {
  @ApiProperty({ enum: ['email'] })
  type: 'email';
  /** `not_opened` / `not_clicked`: received (in the window) but not opened / clicked (in the window). */
  @ApiProperty({ enum: EMAIL_OPS })
  op: string;
  @ApiPropertyOptional({ format: 'uuid' })
  campaignId?: string;
  /** Only emails sent, opened or clicked in the last N days. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1 })
  withinDays?: number;
}

export class SegmentDealConditionDto {
  @ApiProperty({ enum: ['deal'] })
  type: 'deal';
  @ApiProperty({ enum: DEAL_OPS })
  op: string;
  @ApiPropertyOptional({ enum: DEAL_STATUSES })
  status?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  pipelineId?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  stageId?: string;
}

/** Membership of another saved segment (no cycles). */
export class SegmentMembershipConditionDto {
  @ApiProperty({ enum: ['segment'] })
  type: 'segment';
  @ApiProperty({ enum: SEGMENT_OPS })
  op: string;
  @ApiProperty({ format: 'uuid' })
  segmentId: string;
}

/** A group of conditions (groups nest 3 levels deep at most); a group without conditions matches every contact. */
@ApiExtraModels(SegmentFieldConditionDto, SegmentEmailConditionDto, SegmentDealConditionDto, SegmentMembershipConditionDto)
export class SegmentDefinitionDto {
  @ApiProperty({ enum: ['all', 'any'] })
  match: 'all' | 'any';
  @ApiProperty({
    type: 'array',
    items: {
      anyOf: [
        { $ref: '#/components/schemas/SegmentDefinitionDto' },
        { $ref: getSchemaPath(SegmentFieldConditionDto) },
        { $ref: getSchemaPath(SegmentEmailConditionDto) },
        { $ref: getSchemaPath(SegmentDealConditionDto) },
        { $ref: getSchemaPath(SegmentMembershipConditionDto) },
      ],
    },
  })
  conditions: unknown[];
}

export class SegmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: String, nullable: true })
  description: string | null;
  @ApiProperty({ type: SegmentDefinitionDto })
  definition: SegmentDefinitionDto;
  /** What uses the segment: campaigns not sent yet and other segments (deleting it is refused while this is not empty). */
  @ApiProperty({ type: [String] })
  usedBy: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdById: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(segment: Segment, usedBy: string[]): SegmentDto {
    return {
      id: segment.id,
      name: segment.name,
      description: segment.description,
      definition: segment.definition as SegmentDefinitionDto,
      usedBy,
      createdById: segment.createdById,
      createdAt: segment.createdAt.toISOString(),
      updatedAt: segment.updatedAt.toISOString(),
    };
  }
}

export class SegmentPageDto extends PageDto(SegmentDto) {}

export class CreateSegmentDto {
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

  /** Checked by the segment rules, which name the path of a bad condition (`definition.conditions.1.value`). */
  @ApiProperty({ type: SegmentDefinitionDto })
  @IsObject({ message: 'must be a group {match, conditions}' })
  definition: SegmentDefinition;
}

// skipNullProperties: false checks a null instead of skipping it; description skips null itself.
export class UpdateSegmentDto extends PartialType(CreateSegmentDto, { skipNullProperties: false }) {}

export class SegmentCountQueryDto {
  @ApiProperty({ type: SegmentDefinitionDto })
  @IsObject({ message: 'must be a group {match, conditions}' })
  definition: SegmentDefinition;
}

export class SegmentCountDto {
  /** Contacts matching now, among those the caller may see. */
  @ApiProperty()
  count: number;
}

/** The builder's live answer for an unsaved definition. */
export class SegmentDefinitionCountDto extends SegmentCountDto {
  /** Up to five of the matching contacts (any five, by name), so the builder shows who it means. */
  @ApiProperty({ type: () => [ContactDto] })
  sample: ContactDto[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import type { CustomValues } from '../../fields/custom-field-rules';
import { CUSTOM_FIELDS_INPUT_SCHEMA, CUSTOM_FIELDS_SCHEMA } from '../../fields/dto/custom-fields.schema';
import { Deal, DEAL_STATUSES, DealStatus } from '../entities/deal.entity';
import { STAGE_OUTCOMES, StageOutcome } from '../entities/stage.entity';
import { CURRENCY_CODES, emptyToNull, IsCalendarDate, MAX_MONEY, OptionalNotNull, trim } from './validation';

const upperCase = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

export class RefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
}

export class DealContactRefDto extends RefDto {
  @ApiProperty({ format: 'email' })
  email: string;
}

export class DealStageRefDto extends RefDto {
  @ApiProperty({ type: 'integer' })
  probability: number;
  @ApiProperty({ enum: STAGE_OUTCOMES, nullable: true, type: String })
  outcome: StageOutcome | null;
}

export class DealDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  title: string;
  @ApiProperty({ type: String, nullable: true })
  description: string | null;
  /** Amount rounded to cents, never negative. */
  @ApiProperty({ example: 12500.5 })
  value: number;
  /** ISO 4217 code. */
  @ApiProperty({ example: 'USD' })
  currency: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  contactId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  companyId: string | null;
  @ApiProperty({ format: 'uuid' })
  pipelineId: string;
  @ApiProperty({ format: 'uuid' })
  stageId: string;
  @ApiProperty({ enum: DEAL_STATUSES })
  status: DealStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assignedToId: string | null;
  /** Expected close date while open; the day it was won or lost once closed. */
  @ApiProperty({ type: String, format: 'date', nullable: true })
  closeDate: string | null;
  /** Order within its board column (ascending). */
  @ApiProperty({ type: 'integer' })
  position: number;
  /** When the deal entered its current stage. */
  @ApiProperty({ format: 'date-time' })
  stageChangedAt: string;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
  @ApiProperty({ type: DealContactRefDto, nullable: true })
  contact: DealContactRefDto | null;
  @ApiProperty({ type: RefDto, nullable: true })
  company: RefDto | null;
  @ApiProperty({ type: RefDto, nullable: true })
  assignedTo: RefDto | null;
  @ApiProperty({ type: DealStageRefDto })
  stage: DealStageRefDto;
  @ApiProperty({ type: RefDto })
  pipeline: RefDto;
  @ApiProperty(CUSTOM_FIELDS_SCHEMA)
  customFields: CustomValues;

  /** Expects contact, company, assignedTo, stage and pipeline loaded. */
  static from(deal: Deal): DealDto {
    const contact = deal.contact;
    return {
      id: deal.id,
      title: deal.title,
      description: deal.description,
      value: deal.value,
      currency: deal.currency,
      contactId: deal.contactId,
      companyId: deal.companyId,
      pipelineId: deal.pipelineId,
      stageId: deal.stageId,
      status: deal.status,
      assignedToId: deal.assignedToId,
      closeDate: deal.closeDate,
      position: deal.position,
      stageChangedAt: deal.stageChangedAt.toISOString(),
      createdAt: deal.createdAt.toISOString(),
      updatedAt: deal.updatedAt.toISOString(),
      contact: contact
        ? { id: contact.id, name: `${contact.firstName} ${contact.lastName}`.trim() || contact.email, email: contact.email }
        : null,
      company: deal.company ? { id: deal.company.id, name: deal.company.name } : null,
      assignedTo: deal.assignedTo ? { id: deal.assignedTo.id, name: deal.assignedTo.name } : null,
      stage: {
        id: deal.stage!.id,
        name: deal.stage!.name,
        probability: deal.stage!.probability,
        outcome: deal.stage!.outcome,
      },
      pipeline: { id: deal.pipeline!.id, name: deal.pipeline!.name },
      customFields: deal.customFields,
    };
  }
}

export class DealPageDto extends PageDto(DealDto) {}

export class CreateDealDto {
  @ApiProperty({ maxLength: 200 })
  @trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  /** Amount with at most two decimals, 0 or more. Default 0. */
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_MONEY, example: 12500 })
  @OptionalNotNull()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'must be a number with at most two decimals' })
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_MONEY, { message: `must be at most ${MAX_MONEY}` })
  value?: number;

  /** ISO 4217 code (case-insensitive on input). Default USD. */
  @ApiPropertyOptional({ example: 'USD', minLength: 3, maxLength: 3 })
  @OptionalNotNull()
  @upperCase()
  @IsIn(CURRENCY_CODES, { message: 'must be an ISO 4217 currency code such as USD or EUR' })
  currency?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @emptyToNull()
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  contactId?: string | null;

  /** Defaults to the contact's company when a contact is given. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @emptyToNull()
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  companyId?: string | null;

  /** Defaults to the default pipeline. */
  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalNotNull()
  @IsUUID('all', { message: 'must be a UUID' })
  pipelineId?: string;

  /** Must belong to the pipeline. Defaults to its first working stage. */
  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalNotNull()
  @IsUUID('all', { message: 'must be a UUID' })
  stageId?: string;

  /**
   * `won` / `lost` close the deal (moving it to the pipeline's closing stage if it has one, and
   * setting `closeDate` to today unless given). Default follows the stage: `open` on working stages.
   */
  @ApiPropertyOptional({ enum: DEAL_STATUSES })
  @OptionalNotNull()
  @IsIn(DEAL_STATUSES, { message: `must be one of ${DEAL_STATUSES.join(', ')}` })
  status?: DealStatus;

  /** Owner. Defaults to the creating user; a member can only assign deals to themselves. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @emptyToNull()
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  assignedToId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2025-12-31' })
  @emptyToNull()
  @IsOptional()
  @IsCalendarDate()
  closeDate?: string | null;

  /** Custom field values by key; checked against the deal fields (400 naming `customFields.<key>`). */
  @ApiPropertyOptional(CUSTOM_FIELDS_INPUT_SCHEMA)
  @IsOptional()
  @IsObject({ message: 'must be an object of field keys and values' })
  customFields?: Record<string, unknown>;
}

/** Partial update; the same rules as create. Changing `stageId` is a move (history, event). */
export class UpdateDealDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @OptionalNotNull()
  @trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_MONEY })
  @OptionalNotNull()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'must be a number with at most two decimals' })
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_MONEY, { message: `must be at most ${MAX_MONEY}` })
  value?: number;

  @ApiPropertyOptional({ example: 'EUR', minLength: 3, maxLength: 3 })
  @OptionalNotNull()
  @upperCase()
  @IsIn(CURRENCY_CODES, { message: 'must be an ISO 4217 currency code such as USD or EUR' })
  currency?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @emptyToNull()
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  contactId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @emptyToNull()
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  companyId?: string | null;

  /** Moving to another pipeline without `stageId` lands in its first working stage. */
  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalNotNull()
  @IsUUID('all', { message: 'must be a UUID' })
  pipelineId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalNotNull()
  @IsUUID('all', { message: 'must be a UUID' })
  stageId?: string;

  @ApiPropertyOptional({ enum: DEAL_STATUSES })
  @OptionalNotNull()
  @IsIn(DEAL_STATUSES, { message: `must be one of ${DEAL_STATUSES.join(', ')}` })
  status?: DealStatus;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @emptyToNull()
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  assignedToId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @emptyToNull()
  @IsOptional()
  @IsCalendarDate()
  closeDate?: string | null;

  /** Only the keys given change; `null` clears one (400 naming `customFields.<key>` for a bad value). */
  @ApiPropertyOptional(CUSTOM_FIELDS_INPUT_SCHEMA)
  @IsOptional()
  @IsObject({ message: 'must be an object of field keys and values' })
  customFields?: Record<string, unknown>;
}

/** A drag on the board: into `stageId` (same or another stage of the deal's pipeline) at `index`. */
export class MoveDealDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  stageId: string;

  /** 0-based place among the column's deals as the caller sees them; omitted or too large = last. */
  @ApiPropertyOptional({ type: 'integer', minimum: 0 })
  @OptionalNotNull()
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(100_000)
  index?: number;
}

export class ListDealsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  pipelineId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  stageId?: string;

  @ApiPropertyOptional({ enum: DEAL_STATUSES })
  @IsOptional()
  @IsIn(DEAL_STATUSES, { message: `must be one of ${DEAL_STATUSES.join(', ')}` })
  status?: DealStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  assignedToId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  contactId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  companyId?: string;
}

export class HistoryStageRefDto {
  /** Null once the stage has been deleted. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  id: string | null;
  @ApiProperty()
  name: string;
}

export class DealStageHistoryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  /** Null on the first entry (the deal was created in `toStage`). */
  @ApiProperty({ type: HistoryStageRefDto, nullable: true })
  fromStage: HistoryStageRefDto | null;
  @ApiProperty({ type: HistoryStageRefDto })
  toStage: HistoryStageRefDto;
  @ApiProperty({ type: RefDto, nullable: true })
  changedBy: RefDto | null;
  /** The API key the change was made with (shown as "via API key '<name>'"); null otherwise. */
  @ApiProperty({ type: RefDto, nullable: true })
  apiKey: RefDto | null;
  /** When the deal entered `toStage`. */
  @ApiProperty({ format: 'date-time' })
  changedAt: string;
  /** When it left `toStage` again; null while it is still there. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  leftAt: string | null;
}

export class BoardQueryDto {
  /** Only deals owned by this user (a member always sees only their own). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  assignedToId?: string;

  /** Case-insensitive match on title, contact name or email, and company name. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageDto } from '../../../common/dto/pagination.dto';
import { Pipeline } from '../entities/pipeline.entity';
import { Stage, STAGE_OUTCOMES, StageOutcome } from '../entities/stage.entity';
import { OptionalNotNull, trim } from './validation';

export class StageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  /** 0-based place in the pipeline. */
  @ApiProperty({ type: 'integer' })
  order: number;
  /** Chance (0–100) that a deal in this stage is won. */
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  probability: number;
  /** `won` / `lost` on closing stages: entering one closes the deal. Null on working stages. */
  @ApiProperty({ enum: STAGE_OUTCOMES, nullable: true, type: String })
  outcome: StageOutcome | null;

  static from(stage: Stage): StageDto {
    return {
      id: stage.id,
      name: stage.name,
      order: stage.order,
      probability: stage.probability,
      outcome: stage.outcome,
    };
  }
}

export class PipelineDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: String, nullable: true })
  description: string | null;
  /** New deals land here when they name no pipeline. */
  @ApiProperty()
  isDefault: boolean;
  /** In order. */
  @ApiProperty({ type: [StageDto] })
  stages: StageDto[];
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(pipeline: Pipeline, stages: Stage[]): PipelineDto {
    return {
      id: pipeline.id,
      name: pipeline.name,
      description: pipeline.description,
      isDefault: pipeline.isDefault,
      stages: [...stages].sort((a, b) => a.order - b.order).map(StageDto.from),
      createdAt: pipeline.createdAt.toISOString(),
      updatedAt: pipeline.updatedAt.toISOString(),
    };
  }
}

export class PipelinePageDto extends PageDto(PipelineDto) {}

export class StageInputDto {
  /** An existing stage of this pipeline to keep (rename, reorder); omit to add a stage. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  id?: string;

  @ApiProperty({ maxLength: 100 })
  @trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  name: string;

  /** Relative place; stages are stored as 0, 1, 2… in this order. Must be unique in the list. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(10_000)
  order: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be from 0 to 100' })
  @Max(100, { message: 'must be from 0 to 100' })
  probability: number;

  /** Marks a closing stage; at most one `won` and one `lost` per pipeline. */
  @ApiPropertyOptional({ enum: STAGE_OUTCOMES, nullable: true, type: String })
  @IsOptional()
  @IsIn(STAGE_OUTCOMES, { message: `must be one of ${STAGE_OUTCOMES.join(', ')} or null` })
  outcome?: StageOutcome | null;
}

export class CreatePipelineDto {
  @ApiProperty({ maxLength: 200 })
  @trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  /** Make this the default pipeline (the previous default stops being one). */
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  isDefault?: boolean;

  /** The whole ordered list of stages; at least one must be a working stage (no outcome). */
  @ApiProperty({ type: [StageInputDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'must hold at least one stage' })
  @ArrayMaxSize(30, { message: 'must hold at most 30 stages' })
  @ValidateNested({ each: true })
  @Type(() => StageInputDto)
  stages: StageInputDto[];
}

/**
 * Partial update. `stages`, when sent, is the complete new list: listed ids are kept (renamed,
 * reordered), entries without id are added, and stages left out are deleted — which is refused
 * with 409 while they hold deals (use DELETE …/stages/:stageId?moveDealsTo=… for those).
 */
export class UpdatePipelineDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @OptionalNotNull()
  @trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  /** `true` makes this the default pipeline; the default cannot be unset, only replaced. */
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  isDefault?: boolean;

  @ApiPropertyOptional({ type: [StageInputDto] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'must hold at least one stage' })
  @ArrayMaxSize(30, { message: 'must hold at most 30 stages' })
  @ValidateNested({ each: true })
  @Type(() => StageInputDto)
  stages?: StageInputDto[];
}

export class DeleteStageQueryDto {
  /** Another stage of the same pipeline that receives the deleted stage's deals. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  moveDealsTo?: string;
}

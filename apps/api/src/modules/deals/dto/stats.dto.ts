import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from './validation';

export class DealStatsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  pipelineId?: string;

  /** First day (inclusive) of the period for closed-deal figures and stage stays. */
  @ApiPropertyOptional({ format: 'date', example: '2025-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Last day (inclusive) of the period. */
  @ApiPropertyOptional({ format: 'date', example: '2025-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class StageDurationDto {
  @ApiProperty({ format: 'uuid' })
  stageId: string;
  @ApiProperty()
  stageName: string;
  @ApiProperty({ format: 'uuid' })
  pipelineId: string;
  @ApiProperty({ type: 'integer' })
  order: number;
  /** Completed stays (the deal entered and later left the stage) the average is taken over. */
  @ApiProperty({ type: 'integer' })
  stays: number;
  /** Average seconds a deal spent in the stage before leaving it; null with no completed stay. */
  @ApiProperty({ type: Number, nullable: true })
  averageSeconds: number | null;
}

export class DealStatsDto {
  /** Open deals now. */
  @ApiProperty({ type: 'integer' })
  open: number;
  /** Sum of open deals' values now. */
  @ApiProperty()
  pipelineValue: number;
  /** Sum of open deals' value × stage probability / 100. */
  @ApiProperty()
  weightedPipelineValue: number;
  /** Deals won in the period (by close date). */
  @ApiProperty({ type: 'integer' })
  won: number;
  @ApiProperty({ type: 'integer' })
  lost: number;
  @ApiProperty()
  wonValue: number;
  /** Average value of the deals won in the period; 0 when none. */
  @ApiProperty()
  averageDealSize: number;
  /** won / (won + lost) in the period, a fraction 0–1; 0 when nothing closed. */
  @ApiProperty()
  winRate: number;
  @ApiProperty({ type: [StageDurationDto] })
  timeInStages: StageDurationDto[];
}

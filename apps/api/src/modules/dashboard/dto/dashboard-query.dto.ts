import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { Interval, INTERVALS } from '../date-range';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = 'must be a date as YYYY-MM-DD';

/** `?from=2026-11-01&to=2026-11-30`: the days the time-based figures cover (UTC, inclusive). */
export class DashboardQueryDto {
  /** First day, inclusive. Default: the first day of this month. */
  @ApiPropertyOptional({ format: 'date', example: '2026-11-01' })
  @IsOptional()
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsISO8601({ strict: true }, { message: 'is not a calendar date' })
  from?: string;

  /** Last day, inclusive. Default: today. */
  @ApiPropertyOptional({ format: 'date', example: '2026-11-30' })
  @IsOptional()
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsISO8601({ strict: true }, { message: 'is not a calendar date' })
  to?: string;
}

export class TimeSeriesQueryDto extends DashboardQueryDto {
  /** Bucket size. Weeks start on Monday; the first and last week are clipped to the range. */
  @ApiPropertyOptional({ enum: INTERVALS, default: 'day' })
  @IsOptional()
  @IsIn(INTERVALS, { message: `must be one of ${INTERVALS.join(', ')}` })
  interval: Interval = 'day';
}

export class PipelineBreakdownQueryDto extends DashboardQueryDto {
  /** The pipeline to break down. Default: the first pipeline. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  pipelineId?: string;
}

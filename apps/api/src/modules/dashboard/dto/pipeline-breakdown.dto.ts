import { ApiProperty } from '@nestjs/swagger';

export class PipelineStageBreakdownDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: 'integer' })
  order: number;
  /** Chance (0–100) that a deal here is won. */
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  probability: number;
  /** `won` or `lost` for the closing stages, null for working stages. */
  @ApiProperty({ type: String, enum: ['won', 'lost'], nullable: true })
  outcome: 'won' | 'lost' | null;
  /** Working stages: open deals there now. Closing stages: deals closed there in the range. */
  @ApiProperty({ type: 'integer' })
  count: number;
  /** Sum of those deals' values. */
  @ApiProperty({ example: 48000 })
  value: number;
  /**
   * Average seconds deals spent in this working stage before moving on, over the stays that began
   * in the range; null for closing stages and when no deal has left the stage yet.
   */
  @ApiProperty({ type: Number, nullable: true, example: 345600 })
  averageSecondsInStage: number | null;
  /** How many completed stays that average is taken over. */
  @ApiProperty({ type: 'integer' })
  completedStays: number;
}

/** `GET /api/dashboard/pipeline`: one pipeline stage by stage. */
export class PipelineBreakdownDto {
  @ApiProperty({ format: 'uuid' })
  pipelineId: string;
  @ApiProperty()
  pipelineName: string;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  /** Stages in pipeline order. */
  @ApiProperty({ type: [PipelineStageBreakdownDto] })
  stages: PipelineStageBreakdownDto[];
  /** Open deals in this pipeline. */
  @ApiProperty({ type: 'integer' })
  openDeals: number;
  /** Sum of the open deals' values. */
  @ApiProperty()
  pipelineValue: number;
  /** Sum of the open deals' value × stage probability. */
  @ApiProperty()
  weightedPipelineValue: number;
  /** Won ÷ (won + lost) among this pipeline's deals closed in the range; 0 when none closed. */
  @ApiProperty({ minimum: 0, maximum: 1 })
  winRate: number;
  /** Mean value of this pipeline's deals won in the range; 0 when none. */
  @ApiProperty()
  averageDealSize: number;
}

import { ApiProperty } from '@nestjs/swagger';
import { STAGE_OUTCOMES, StageOutcome } from '../entities/stage.entity';
import { DealDto } from './deal.dto';
import { PipelineDto } from './pipeline.dto';

export class BoardColumnDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: 'integer' })
  order: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  probability: number;
  @ApiProperty({ enum: STAGE_OUTCOMES, nullable: true, type: String })
  outcome: StageOutcome | null;
  /** Open deals in this stage by position; closing stages hold none (their deals are closed). */
  @ApiProperty({ type: [DealDto] })
  deals: DealDto[];
  @ApiProperty({ type: 'integer' })
  count: number;
  /** Sum of the deals' values. */
  @ApiProperty()
  totalValue: number;
  /** Sum of value × stage probability / 100, rounded to cents: the column's forecast. */
  @ApiProperty()
  weightedValue: number;
}

export class BoardDto {
  @ApiProperty({ type: PipelineDto })
  pipeline: PipelineDto;
  /** Every stage in order, each with its open deals. */
  @ApiProperty({ type: [BoardColumnDto] })
  stages: BoardColumnDto[];
}

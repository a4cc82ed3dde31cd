import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { scopeQueryToOwner } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { applyDealSearch } from './deals.service';
import { BoardColumnDto, BoardDto } from './dto/board.dto';
import { BoardQueryDto, DealDto } from './dto/deal.dto';
import { PipelineDto, StageDto } from './dto/pipeline.dto';
import { Deal } from './entities/deal.entity';
import { PipelinesService } from './pipelines.service';

interface ColumnTotals {
  stage_id: string;
  count: number;
  total_value: string;
  weighted_value: string;
}

/**
 * The Kanban board: a pipeline's stages with their open deals and per-column totals. Four queries
 * whatever the number of deals (pipeline, stages, deals with their joins, totals).
 */
@Injectable()
export class BoardService {
  constructor(
    @InjectRepository(Deal) private readonly deals: Repository<Deal>,
    private readonly pipelines: PipelinesService,
  ) {}

  async board(user: AuthUser, pipelineId: string, query: BoardQueryDto): Promise<BoardDto> {
    const { pipeline, stages } = await this.pipelines.get(pipelineId);
    const filter = (qb: SelectQueryBuilder<Deal>) => {
      qb.where('d.pipeline_id = :pipelineId', { pipelineId }).andWhere(`d.status = 'open'`);
      scopeQueryToOwner(qb, 'd', user);
      if (query.assignedToId) qb.andWhere('d.assignedToId = :assignedToId', { assignedToId: query.assignedToId });
      if (query.search) applyDealSearch(qb, query.search);
      return qb;
    };
    const deals = await filter(
      this.deals
        .createQueryBuilder('d')
        .leftJoinAndSelect('d.contact', 'c')
        .leftJoinAndSelect('d.company', 'co')
        .leftJoinAndSelect('d.assignedTo', 'u'),
    )
      .orderBy('d.position')
      .addOrderBy('d.created_at')
      .addOrderBy('d.id')
      .getMany();
    const totals: ColumnTotals[] = await filter(
      this.deals
        .createQueryBuilder('d')
        .innerJoin('d.stage', 's')
        .leftJoin('d.contact', 'c')
        .leftJoin('d.company', 'co')
        .select('d.stage_id', 'stage_id')
        .addSelect('count(*)::int', 'count')
        .addSelect('sum(d.value)', 'total_value')
        .addSelect('round(sum(d.value * s.probability) / 100, 2)', 'weighted_value'),
    )
      .groupBy('d.stage_id')
      .getRawMany();

    const byStage = new Map(totals.map((t) => [t.stage_id, t]));
    const columns: BoardColumnDto[] = stages.map((stage) => {
      const column = byStage.get(stage.id);
      return {
        ...StageDto.from(stage),
        deals: deals
          .filter((deal) => deal.stageId === stage.id)
          .map((deal) => DealDto.from(Object.assign(deal, { stage, pipeline }))),
        count: column?.count ?? 0,
        totalValue: Number(column?.total_value ?? 0),
        weightedValue: Number(column?.weighted_value ?? 0),
      };
    });
    return { pipeline: PipelineDto.from(pipeline, stages), stages: columns };
  }
}

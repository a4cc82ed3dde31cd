import { ConflictException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { ListQueryDto, Page, parseSort } from '../../common/dto/pagination.dto';
import { ProblemException, validationProblem } from '../../common/filters/problem';
import { escapeLike } from '../../common/sql';
import { planStages, StagePlanEntry } from './deal-rules';
import { DealsRepository } from './deals.repository';
import { DealsService } from './deals.service';
import { CreatePipelineDto, UpdatePipelineDto } from './dto/pipeline.dto';
import { OutboxService } from '../outbox/outbox.service';
import { Pipeline } from './entities/pipeline.entity';
import { Stage } from './entities/stage.entity';
import { PipelinesRepository } from './pipelines.repository';

const SORTABLE = { name: 'p.name', createdAt: 'p.created_at', updatedAt: 'p.updated_at' };

export interface PipelineWithStages {
  pipeline: Pipeline;
  stages: Stage[];
}

/** Pipelines and their ordered stages. Stages are edited as one list in one request. */
@Injectable()
export class PipelinesService {
  constructor(
    @InjectRepository(Pipeline) private readonly pipelines: Repository<Pipeline>,
    @InjectRepository(Stage) private readonly stages: Repository<Stage>,
    private readonly dataSource: DataSource,
    private readonly deals: DealsService,
    private readonly outbox: OutboxService,
    private readonly dealRows: DealsRepository,
    private readonly pipelineRows: PipelinesRepository,
  ) {}

  async list(query: ListQueryDto): Promise<Page<PipelineWithStages>> {
    const order = parseSort(query.sort, SORTABLE, 'name');
    const qb = this.pipelines.createQueryBuilder('p');
    if (query.search) qb.where('p.name ILIKE :q', { q: `%${escapeLike(query.search)}%` });
    const [pipelines, total] = await qb
      // The default pipeline first: it is the one most screens open on.
      .orderBy('p.is_default', 'DESC')
      .addOrderBy(order.column, order.direction)
      .addOrderBy('p.id')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    const stages = pipelines.length
      ? await this.stages.find({ where: { pipelineId: In(pipelines.map((p) => p.id)) }, order: { order: 'ASC' } })
      : [];
    const data = pipelines.map((pipeline) => ({ pipeline, stages: stages.filter((s) => s.pipelineId === pipeline.id) }));
    return { data, total, limit: query.limit, offset: query.offset };
  }

  /** The default pipeline with its stages; null before any pipeline exists. */
  async getDefault(): Promise<PipelineWithStages | null> {
    const pipeline = await this.pipelines.findOne({ where: { isDefault: true } });
    return pipeline ? { pipeline, stages: await this.stages.find({ where: { pipelineId: pipeline.id }, order: { order: 'ASC' } }) } : null;
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<PipelineWithStages> {
    const pipeline = await manager.findOne(Pipeline, { where: { id } });
    if (!pipeline) throw new NotFoundException(`Pipeline ${id} not found`);
    const stages = await manager.find(Stage, { where: { pipelineId: id }, order: { order: 'ASC' } });
    return { pipeline, stages };
  }

  async create(user: AuthUser, dto: CreatePipelineDto): Promise<PipelineWithStages> {
    const plan = planStages(dto.stages, []);
    if (!plan.ok) throw validationProblem(plan.errors);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, dto.name);
      if (dto.isDefault) await manager.update(Pipeline, { isDefault: true }, { isDefault: false });
      const pipeline = await manager.save(
        manager.create(Pipeline, {
          name: dto.name,
          description: dto.description ?? null,
          isDefault: dto.isDefault ?? false,
          createdById: user.id,
        }),
      );
      await manager.insert(Stage, plan.stages.map((stage) => ({ ...stage, pipelineId: pipeline.id })));
      return pipeline.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdatePipelineDto): Promise<PipelineWithStages> {
    await this.dataSource.transaction(async (manager) => {
      const pipeline = await this.lock(manager, id);
      if (dto.name !== undefined && dto.name.toLowerCase() !== pipeline.name.toLowerCase()) {
        await this.assertNameFree(manager, dto.name);
      }
      if (dto.isDefault === false && pipeline.isDefault) {
        throw new ConflictException('There must be a default pipeline: make another pipeline the default instead');
      }
      if (dto.isDefault && !pipeline.isDefault) {
        await manager.update(Pipeline, { isDefault: true }, { isDefault: false });
      }
      await manager.update(Pipeline, id, {
        ...(dto.name !== undefined && { name: dto.name }),
        ...(dto.description !== undefined && { description: dto.description }),
        ...(dto.isDefault !== undefined && { isDefault: dto.isDefault }),
      });
      if (dto.stages) await this.replaceStages(manager, id, dto.stages);
    });
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const pipeline = await this.lock(manager, id);
      if (pipeline.isDefault) {
        throw new ConflictException('The default pipeline cannot be deleted: make another pipeline the default first');
      }
      const count = await this.dealRows.countInPipeline(manager, id);
      if (count > 0) {
        throw new ProblemException(HttpStatus.CONFLICT, `Pipeline "${pipeline.name}" holds ${count} deal${count === 1 ? '' : 's'}: move or delete them first`, {
          dealCount: count,
        });
      }
      await manager.delete(Pipeline, id);
    });
  }

  /**
   * Deletes a stage. One that holds deals is refused (409 naming how many) unless `moveDealsTo`
   * names another stage of the pipeline, which then receives them as ordinary moves (history,
   * `deal_stage_changed`).
   */
  async removeStage(user: AuthUser, pipelineId: string, stageId: string, moveDealsTo?: string): Promise<void> {
    const events = await this.dataSource.transaction(async (manager) => {
      await this.lock(manager, pipelineId);
      const stages = await manager.find(Stage, { where: { pipelineId }, order: { order: 'ASC' } });
      const stage = stages.find((s) => s.id === stageId);
      if (!stage) throw new NotFoundException(`Stage ${stageId} not found in pipeline ${pipelineId}`);
      if (!stages.some((s) => s.id !== stageId && !s.outcome)) {
        throw new ConflictException('A pipeline needs at least one working stage (without outcome)');
      }
      const count = await this.dealRows.countInStage(manager, stageId);
      let moved: Awaited<ReturnType<DealsService['moveAllDeals']>> = null;
      if (moveDealsTo !== undefined) {
        const target = stages.find((s) => s.id === moveDealsTo);
        if (!target || target.id === stageId) {
          throw validationProblem([{ field: 'moveDealsTo', message: 'must be another stage of the same pipeline' }]);
        }
        moved = await this.deals.moveAllDeals(manager, stage, target, user.id);
      } else if (count > 0) {
        throw this.stageHoldsDeals(stage, count);
      }
      await manager.delete(Stage, stageId);
      await this.pipelineRows.renumberStages(manager, pipelineId);
      return moved;
    });
    await this.outbox.deliver(events);
  }

  /** Applies a complete, validated stage list: keeps, renames, reorders, adds and drops stages. */
  private async replaceStages(manager: EntityManager, pipelineId: string, input: UpdatePipelineDto['stages'] & object): Promise<void> {
    const existing = await manager.find(Stage, { where: { pipelineId } });
    const plan = planStages(input, existing.map((s) => s.id));
    if (!plan.ok) throw validationProblem(plan.errors);
    for (const removedId of plan.removedIds) {
      const count = await this.dealRows.countInStage(manager, removedId);
      if (count > 0) throw this.stageHoldsDeals(existing.find((s) => s.id === removedId)!, count);
    }
    for (const entry of plan.stages.filter((s): s is StagePlanEntry & { id: string } => s.id !== undefined)) {
      const before = existing.find((s) => s.id === entry.id)!;
      if (before.outcome !== entry.outcome) {
        const count = await this.dealRows.countInStage(manager, entry.id);
        if (count > 0) {
          throw new ProblemException(
            HttpStatus.CONFLICT,
            `Stage "${before.name}" holds ${count} deal${count === 1 ? '' : 's'}: its outcome cannot change while it does`,
            { stageId: before.id, dealCount: count },
          );
        }
      }
    }
    if (plan.removedIds.length) await manager.delete(Stage, { id: In(plan.removedIds) });
    await this.pipelineRows.parkStages(manager, pipelineId);
    for (const entry of plan.stages) {
      const values = { name: entry.name, order: entry.order, probability: entry.probability, outcome: entry.outcome };
      if (entry.id) await manager.update(Stage, entry.id, values);
      else await manager.insert(Stage, { ...values, pipelineId });
    }
  }

  private stageHoldsDeals(stage: Stage, count: number): ProblemException {
    return new ProblemException(
      HttpStatus.CONFLICT,
      `Stage "${stage.name}" holds ${count} deal${count === 1 ? '' : 's'}: give moveDealsTo to move them to another stage`,
      { stageId: stage.id, dealCount: count },
    );
  }

  /** Serializes edits of one pipeline's stages (and deals moved by them). */
  private async lock(manager: EntityManager, id: string): Promise<Pipeline> {
    const pipeline = await manager
      .getRepository(Pipeline)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!pipeline) throw new NotFoundException(`Pipeline ${id} not found`);
    return pipeline;
  }

  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    const taken = await manager.getRepository(Pipeline).createQueryBuilder('p').where('lower(p.name) = lower(:name)', { name }).getExists();
    if (taken) throw new ConflictException(`A pipeline named "${name}" already exists`);
  }
}

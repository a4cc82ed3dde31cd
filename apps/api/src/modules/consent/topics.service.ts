import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ProblemException, validationProblem } from '../../common/filters/problem';
import { CreateTopicDto, TopicDto, UpdateTopicDto } from './dto/topic.dto';
import { Topic } from './entities/topic.entity';
import { TopicUsageRegistry } from './topic-usage.registry';

/** Topics: names unique ignoring case; a topic in use by a campaign or form cannot be deleted. */
@Injectable()
export class TopicsService {
  constructor(
    @InjectRepository(Topic) private readonly topics: Repository<Topic>,
    private readonly usage: TopicUsageRegistry,
  ) {}

  async list(): Promise<TopicDto[]> {
    return (await this.all()).map(TopicDto.from);
  }

  /** Every topic, by name: a handful per account, listed whole everywhere (preference centre, contact page). */
  all(manager: EntityManager = this.topics.manager): Promise<Topic[]> {
    return manager.getRepository(Topic).createQueryBuilder('t').orderBy('lower(t.name)').addOrderBy('t.id').getMany();
  }

  async get(id: string): Promise<TopicDto> {
    return TopicDto.from(await this.find(id));
  }

  async create(dto: CreateTopicDto): Promise<TopicDto> {
    await this.assertNameFree(dto.name, null);
    const topic = await this.topics.save(this.topics.create({ name: dto.name, description: dto.description || null, requiresOptIn: dto.requiresOptIn ?? false }));
    return this.get(topic.id);
  }

  async update(id: string, dto: UpdateTopicDto): Promise<TopicDto> {
    const topic = await this.find(id);
    if (dto.name !== undefined) {
      if (dto.name === null) throw validationProblem([{ field: 'name', message: 'must not be empty' }]);
      await this.assertNameFree(dto.name, id);
      topic.name = dto.name;
    }
    if (dto.description !== undefined) topic.description = dto.description || null;
    if (dto.requiresOptIn !== undefined) {
      if (dto.requiresOptIn === null) throw validationProblem([{ field: 'requiresOptIn', message: 'must be true or false' }]);
      topic.requiresOptIn = dto.requiresOptIn;
    }
    await this.topics.save(topic);
    return this.get(id);
  }

  /** 409 naming what uses the topic; the ledger keeps the deleted topic's id as history. */
  async remove(id: string): Promise<void> {
    const topic = await this.find(id);
    const usedBy = await this.usage.usages(id);
    if (usedBy.length) {
      throw new ProblemException(HttpStatus.CONFLICT, `The topic “${topic.name}” is in use by ${usedBy.join(', ')}; change or delete them first`, { usedBy });
    }
    await this.topics.delete(id);
  }

  /** The topic, or a 400 naming `field` (a campaign or form pointing at a topic that does not exist). */
  async assertExists(id: string, field: string): Promise<Topic> {
    const topic = await this.topics.findOneBy({ id });
    if (!topic) throw validationProblem([{ field, message: 'is not an existing topic' }]);
    return topic;
  }

  /** Null when there is no such topic. */
  findById(id: string): Promise<Topic | null> {
    return this.topics.findOneBy({ id });
  }

  private async find(id: string): Promise<Topic> {
    const topic = await this.topics.findOneBy({ id });
    if (!topic) throw new NotFoundException(`Topic ${id} not found`);
    return topic;
  }

  private async assertNameFree(name: string, exceptId: string | null): Promise<void> {
    const qb = this.topics.createQueryBuilder('t').where('lower(t.name) = lower(:name)', { name });
    if (exceptId) qb.andWhere('t.id <> :exceptId', { exceptId });
    if (await qb.getExists()) {
      throw new ProblemException(HttpStatus.CONFLICT, `A topic named “${name}” already exists`, { errors: [{ field: 'name', message: 'is already the name of another topic' }] });
    }
  }
}

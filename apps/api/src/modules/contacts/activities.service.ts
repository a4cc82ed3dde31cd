import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { currentApiKeyId } from '../../common/request-context';
import { Activity, ActivityType } from './entities/activity.entity';

export interface RecordActivity {
  contactId: string;
  type: ActivityType;
  title: string;
  description?: string | null;
  /** The user who acted; null when the product acted (a job, a workflow, a tracking event). */
  actorId?: string | null;
}

/**
 * The one place that writes a contact's timeline. Other modules (deals, emails, automations)
 * record their system activities through it; pass `manager` to write inside their transaction.
 * An entry written while handling a request made with an API key names the key (request-context).
 */
@Injectable()
export class ActivitiesService {
  constructor(@InjectRepository(Activity) private readonly activities: Repository<Activity>) {}

  async record(input: RecordActivity, manager?: EntityManager): Promise<Activity> {
    const repository = manager ? manager.getRepository(Activity) : this.activities;
    return repository.save(
      repository.create({
        contactId: input.contactId,
        type: input.type,
        title: input.title.slice(0, 300),
        description: input.description ?? null,
        createdById: input.actorId ?? null,
        apiKeyId: currentApiKeyId(),
      }),
    );
  }

  /** A contact's timeline, newest first, with the author's name and the API key used. Visibility is the caller's job. */
  async list(contactId: string, limit: number, offset: number): Promise<{ data: Activity[]; total: number }> {
    const [data, total] = await this.activities
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.createdBy', 'u')
      .leftJoinAndSelect('a.apiKey', 'k')
      .where('a.contactId = :contactId', { contactId })
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { data, total };
  }

  getWithAuthor(id: string): Promise<Activity> {
    return this.activities.findOneOrFail({ where: { id }, relations: { createdBy: true, apiKey: true } });
  }

  /** Shorthand for a system activity (status change, email sent, deal moved, workflow step). */
  recordSystem(contactId: string, title: string, description?: string | null, manager?: EntityManager): Promise<Activity> {
    return this.record({ contactId, type: 'system', title, description }, manager);
  }
}

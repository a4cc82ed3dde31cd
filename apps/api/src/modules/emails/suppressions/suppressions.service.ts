import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Page, parseSort } from '../../../common/dto/pagination.dto';
import { escapeLike } from '../../../common/sql';
import { asEventData, ContactsService } from '../../contacts/contacts.service';
import { WebhookEventsService } from '../../webhooks/webhook-events.service';
import { Suppression, SuppressionReason } from '../entities/suppression.entity';
import { CreateSuppressionDto, SuppressionListQueryDto } from './suppression.dto';
import { SuppressionsRepository } from './suppressions.repository';

const SORTABLE = { email: 's.email', reason: 's.reason', createdAt: 's.created_at' };

/** Addresses that are never emailed again; every send path checks this list. */
@Injectable()
export class SuppressionsService {
  constructor(
    @InjectRepository(Suppression) private readonly suppressions: Repository<Suppression>,
    private readonly repository: SuppressionsRepository,
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  async list(query: SuppressionListQueryDto): Promise<Page<Suppression>> {
    const order = parseSort(query.sort, SORTABLE, '-createdAt');
    const qb = this.suppressions.createQueryBuilder('s');
    if (query.search) qb.andWhere('s.email ILIKE :q', { q: `%${escapeLike(query.search)}%` });
    if (query.reason) qb.andWhere('s.reason = :reason', { reason: query.reason });
    const [data, total] = await qb.orderBy(order.column, order.direction).addOrderBy('s.id').take(query.limit).skip(query.offset).getManyAndCount();
    return { data, total, limit: query.limit, offset: query.offset };
  }

  async create(dto: CreateSuppressionDto): Promise<Suppression> {
    return this.dataSource.transaction(async (manager) => {
      const added = await this.suppress(dto.email, dto.reason ?? 'manual', dto.detail ?? null, manager);
      if (!added) throw new ConflictException(`${dto.email} is already on the suppression list`);
      return manager.findOneOrFail(Suppression, { where: { id: added } });
    });
  }

  async remove(id: string): Promise<void> {
    const result = await this.suppressions.delete(id);
    if (!result.affected) throw new NotFoundException(`Suppression ${id} not found`);
  }

  /**
   * Adds an address (case-insensitively unique); an address already listed keeps its first reason.
   * Returns the new row's id, or null when it was already there. An address unsubscribed (link,
   * one-click, provider) or suppressed by hand that a contact holds publishes `contact.unsubscribed`
   * with the contact, in the transaction of `manager` (without one, in a transaction of its own);
   * bounces and complaints have their own `email.*` events.
   */
  async suppress(email: string, reason: SuppressionReason, detail: string | null, manager?: EntityManager): Promise<string | null> {
    if (!manager) return this.dataSource.transaction((own) => this.suppress(email, reason, detail, own));
    const added = await this.repository.insertIfNew({ email: email.trim(), reason, detail: detail?.slice(0, 1000) ?? null }, manager);
    if (added && (reason === 'unsubscribed' || reason === 'manual')) {
      const contact = await this.contacts.findByEmail(email.trim(), manager);
      if (contact) await this.webhooks.publish(manager, [{ type: 'contact.unsubscribed', data: asEventData(contact) }]);
    }
    return added;
  }

  /** Whether the address was erased (GDPR): nothing is sent to it, whatever else says so. */
  isErased(manager: EntityManager, email: string): Promise<boolean> {
    return this.repository.isErased(manager, email);
  }

  /**
   * Stores the address of an erased contact as a hash only (and drops its plain-text suppression
   * entries), inside the erasing transaction.
   */
  recordErasure(manager: EntityManager, email: string): Promise<void> {
    return this.repository.recordErasure(manager, email);
  }

  /**
   * Lifts the erasure of an address: only a confirmed double opt-in may call this, as the person's
   * own fresh consent. Whether the address had been erased.
   */
  liftErasure(manager: EntityManager, email: string): Promise<boolean> {
    return this.repository.liftErasure(manager, email);
  }
}

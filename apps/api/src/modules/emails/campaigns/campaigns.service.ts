import { ConflictException, Injectable, Logger, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { notFound } from '../../../common/access/access-policy';
import { AuthUser } from '../../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../../common/dto/pagination.dto';
import { validationProblem } from '../../../common/filters/problem';
import { escapeLike } from '../../../common/sql';
import { Campaign, CampaignStatus, SegmentFilter } from '../entities/campaign.entity';
import { EmailTemplate } from '../entities/email-template.entity';
import { RecipientsRepository } from '../recipients.repository';
import { TEMPLATE_PART_NAMES, TemplateSyntaxError, compileTemplate } from '../rendering/merge-tags';
import { SegmentsService } from '../../segments/segments.service';
import { SegmentUsageRegistry } from '../../segments/segment-usage.registry';
import { TopicsService } from '../../consent/topics.service';
import { TopicUsageRegistry } from '../../consent/topic-usage.registry';
import { AudienceSource, CampaignAudiences } from './campaign-audiences.service';
import { CampaignDispatcher } from './campaign-dispatcher.service';
import {
  CampaignDto,
  CampaignLinkStatsDto,
  CampaignListQueryDto,
  CampaignStatsDto,
  CampaignTimelineDto,
  AudienceDto,
  CreateCampaignDto,
  EmailLogDto,
  RecipientExplanationDto,
  EmailLogListQueryDto,
  UnsubscribeReasonCountDto,
  UpdateCampaignDto,
} from './campaign.dto';
import { CampaignsRepository, StatsRow } from './campaigns.repository';
import { WebhookEventsService } from '../../webhooks/webhook-events.service';
import { toLogDto } from './log-dto';

const SORTABLE = { name: 'c.name', status: 'c.status', createdAt: 'c.created_at', scheduledAt: 'c.scheduled_at', startedAt: 'c.started_at' };
const LOG_SORTABLE = { createdAt: 'l.created_at', sentAt: 'l.sent_at', openedAt: 'l.opened_at', clickedAt: 'l.clicked_at', email: 'l.to_email', status: 'l.status' };

type Action = 'send' | 'pause' | 'resume' | 'cancel';
/** Which states each action is valid from (anything else is a 409). */
const ALLOWED_FROM: Record<Action, CampaignStatus[]> = {
  send: ['draft'],
  pause: ['scheduled', 'sending'],
  resume: ['paused'],
  cancel: ['scheduled', 'sending', 'paused'],
};

const unique = (ids: string[] | undefined) => [...new Set((ids ?? []).map((id) => id.toLowerCase()))];

export function toStats(row: StatsRow | undefined): CampaignStatsDto {
  const r = row ?? { recipients: 0, pending: 0, sent: 0, failed: 0, bounced: 0, opened: 0, clicked: 0, unsubscribed: 0 };
  return {
    recipients: r.recipients,
    pending: r.pending,
    sent: r.sent,
    failed: r.failed,
    bounced: r.bounced,
    opened: r.opened,
    clicked: r.clicked,
    unsubscribed: r.unsubscribed,
    openRate: r.sent ? r.opened / r.sent : 0,
    clickRate: r.sent ? r.clicked / r.sent : 0,
  };
}


/** Campaign states whose audience is still to be frozen: a segment they use cannot be deleted. */
const UNSENT: CampaignStatus[] = ['draft', 'scheduled', 'sending', 'paused'];

@Injectable()
export class CampaignsService implements OnModuleInit {
  private readonly logger = new Logger(CampaignsService.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    private readonly repository: CampaignsRepository,
    private readonly dispatcher: CampaignDispatcher,
    private readonly recipients: RecipientsRepository,
    private readonly audiences: CampaignAudiences,
    private readonly segments: SegmentsService,
    private readonly segmentUsage: SegmentUsageRegistry,
    private readonly topics: TopicsService,
    private readonly topicUsage: TopicUsageRegistry,
    private readonly webhooks: WebhookEventsService,
  ) {}

  onModuleInit(): void {
    this.segmentUsage.register({
      describe: async (segmentId) => {
        const rows: { name: string }[] = await this.campaigns
          .createQueryBuilder('c')
          .select('c.name', 'name')
          .where('c.status IN (:...unsent)', { unsent: UNSENT })
          .andWhere('(:id = ANY(c.segment_ids) OR :id = ANY(c.exclude_segment_ids))', { id: segmentId })
          .orderBy('c.name')
          .getRawMany();
        return rows.map((r) => `campaign '${r.name}'`);
      },
    });
    // Sent campaigns too: their reports and unsubscribe links still name the topic.
    this.topicUsage.register({
      describe: async (topicId) => (await this.campaigns.find({ where: { topicId }, order: { name: 'ASC' }, select: { name: true } })).map((c) => `campaign '${c.name}'`),
    });
  }

  async list(query: CampaignListQueryDto): Promise<Page<CampaignDto>> {
    const order = parseSort(query.sort, SORTABLE, '-createdAt');
    const qb = this.campaigns.createQueryBuilder('c');
    if (query.search) qb.andWhere('c.name ILIKE :q', { q: `%${escapeLike(query.search)}%` });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    const [rows, total] = await qb.orderBy(order.column, order.direction, 'NULLS LAST').addOrderBy('c.id').take(query.limit).skip(query.offset).getManyAndCount();
    return { data: await this.toDtos(rows), total, limit: query.limit, offset: query.offset };
  }

  /**
   * Marks a sending campaign sent once its audience is expanded and no email is left to send,
   * with its `campaign.sent` webhook event (the campaign and its final stats) in the same transaction.
   */
  async completeIfDone(campaignId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.completeIfDone(campaignId, manager))) return false;
      const campaign = await manager.findOneOrFail(Campaign, { where: { id: campaignId } });
      const [dto] = await this.toDtos([campaign], manager);
      await this.webhooks.publish(manager, [{ type: 'campaign.sent', data: { ...dto } }]);
      return true;
    });
  }

  async get(id: string): Promise<CampaignDto> {
    return (await this.toDtos([await this.find(id)]))[0];
  }

  async create(dto: CreateCampaignDto, user: AuthUser): Promise<CampaignDto> {
    if (dto.templateId) await this.assertTemplate(this.dataSource.manager, dto.templateId);
    const segmentIds = unique(dto.segmentIds);
    const excludeSegmentIds = unique(dto.excludeSegmentIds);
    await this.segments.assertExist({ segmentIds, excludeSegmentIds });
    if (dto.topicId) await this.topics.assertExists(dto.topicId, 'topicId');
    const campaign = await this.campaigns.save(
      this.campaigns.create({
        name: dto.name,
        description: dto.description ?? null,
        templateId: dto.templateId ?? null,
        segmentFilter: this.cleanFilter(dto.segmentFilter),
        segmentIds,
        excludeSegmentIds,
        topicId: dto.topicId?.toLowerCase() ?? null,
        scheduledAt: dto.scheduledAt ? new Date(dto.scheduledAt) : null,
        trackOpens: dto.trackOpens ?? true,
        trackClicks: dto.trackClicks ?? true,
        createdById: user.id,
      }),
    );
    return this.get(campaign.id);
  }

  async update(id: string, dto: UpdateCampaignDto): Promise<CampaignDto> {
    // Checked before the row is locked: the segments are read on another pooled connection.
    const lists = {
      ...(dto.segmentIds !== undefined ? { segmentIds: unique(dto.segmentIds) } : {}),
      ...(dto.excludeSegmentIds !== undefined ? { excludeSegmentIds: unique(dto.excludeSegmentIds) } : {}),
    };
    await this.segments.assertExist(lists);
    if (dto.topicId) await this.topics.assertExists(dto.topicId, 'topicId');
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.lock(manager, id);
      if (!['draft', 'scheduled'].includes(campaign.status)) {
        throw new ConflictException(`A ${campaign.status} campaign cannot be edited`);
      }
      if (dto.name !== undefined) {
        if (dto.name === null) throw validationProblem([{ field: 'name', message: 'must not be empty' }]);
        campaign.name = dto.name;
      }
      if (dto.description !== undefined) campaign.description = dto.description ?? null;
      if (dto.templateId !== undefined) {
        if (dto.templateId) await this.assertTemplate(manager, dto.templateId);
        if (!dto.templateId && campaign.status === 'scheduled') {
          throw validationProblem([{ field: 'templateId', message: 'is required: a scheduled campaign sends one' }]);
        }
        campaign.templateId = dto.templateId ?? null;
      }
      if (dto.segmentFilter !== undefined) campaign.segmentFilter = this.cleanFilter(dto.segmentFilter);
      if (lists.segmentIds) campaign.segmentIds = lists.segmentIds;
      if (lists.excludeSegmentIds) campaign.excludeSegmentIds = lists.excludeSegmentIds;
      if (dto.topicId !== undefined) campaign.topicId = dto.topicId?.toLowerCase() ?? null;
      if (dto.scheduledAt !== undefined) {
        if (!dto.scheduledAt && campaign.status === 'scheduled') {
          throw validationProblem([{ field: 'scheduledAt', message: 'is required for a scheduled campaign; to stop it, cancel the campaign' }]);
        }
        campaign.scheduledAt = dto.scheduledAt ? new Date(dto.scheduledAt) : null;
      }
      // PartialType makes every field optional, and class-validator's optional lets null through.
      for (const field of ['trackOpens', 'trackClicks'] as const) {
        if (dto[field] === null) throw validationProblem([{ field, message: 'must be true or false' }]);
        if (dto[field] !== undefined) campaign[field] = dto[field];
      }
      if (campaign.status === 'scheduled' && dto.templateId) await this.snapshot(dto.templateId, manager);
      await manager.save(campaign);
    });
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.lock(manager, id);
      if (['scheduled', 'sending', 'paused'].includes(campaign.status)) {
        throw new ConflictException(`A ${campaign.status} campaign cannot be deleted; cancel it first`);
      }
      await manager.delete(Campaign, id);
    });
  }

  async audience(id: string): Promise<AudienceDto> {
    return this.repository.audienceCount(await this.audiences.of(await this.find(id)));
  }

  async audienceFor(filter: SegmentFilter, segmentIds: string[] = [], excludeSegmentIds: string[] = [], topicId: string | null = null): Promise<AudienceDto> {
    const source: AudienceSource = { segmentFilter: this.cleanFilter(filter), segmentIds: unique(segmentIds), excludeSegmentIds: unique(excludeSegmentIds), topicId };
    return this.repository.audienceCount(await this.audiences.of(source));
  }

  /**
   * Why `email` is or is not in the campaign's audience. Until the audience is frozen (expansion
   * done) it is computed live; then the email log or the recorded skip answers. A contact the
   * caller may not see is answered as not in the audience.
   */
  async explain(id: string, email: string, user: AuthUser): Promise<RecipientExplanationDto> {
    const campaign = await this.find(id);
    const row = await this.repository.explain(id, email, await this.audiences.of(campaign), user);
    if (row.logStatus) return { included: true, reason: row.logStatus === 'sending' ? 'pending' : (row.logStatus as RecipientExplanationDto['reason']) };
    if (row.skipReason) return { included: false, reason: row.skipReason };
    const frozen = campaign.audienceExpandedAt !== null || ['sent', 'cancelled'].includes(campaign.status);
    if (frozen || !row.contactId || !row.reached) return { included: false, reason: 'not_in_audience' };
    return row.reason ? { included: false, reason: row.reason } : { included: true, reason: 'included' };
  }

  /** draft → scheduled (future scheduledAt) or sending; the template is frozen into the campaign when it starts. */
  async send(id: string): Promise<CampaignDto> {
    const started = await this.dataSource.transaction(async (manager) => {
      const campaign = await this.transition(manager, id, 'send');
      if (!campaign.templateId) throw validationProblem([{ field: 'templateId', message: 'Choose a template before sending' }]);
      const snapshot = await this.snapshot(campaign.templateId, manager);
      const later = campaign.scheduledAt && campaign.scheduledAt.getTime() > Date.now();
      campaign.status = later ? 'scheduled' : 'sending';
      // A scheduled campaign takes the template as it is when the scheduler starts it.
      if (!later) {
        campaign.startedAt = new Date();
        campaign.templateSnapshot = snapshot;
      }
      await manager.save(campaign);
      return !later;
    });
    if (started) await this.dispatch(id, false);
    return this.get(id);
  }

  async pause(id: string): Promise<CampaignDto> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.transition(manager, id, 'pause');
      campaign.status = 'paused';
      await manager.save(campaign);
    });
    return this.get(id);
  }

  /** paused → sending (or back to scheduled when it never started and its time is still ahead). */
  async resume(id: string): Promise<CampaignDto> {
    const resumed = await this.dataSource.transaction(async (manager) => {
      const campaign = await this.transition(manager, id, 'resume');
      const stillScheduled = !campaign.startedAt && campaign.scheduledAt && campaign.scheduledAt.getTime() > Date.now();
      campaign.status = stillScheduled ? 'scheduled' : 'sending';
      if (!stillScheduled) {
        campaign.startedAt ??= new Date();
        campaign.templateSnapshot ??= await this.snapshot(campaign.templateId as string, manager);
      }
      await manager.save(campaign);
      return stillScheduled ? null : { expanded: campaign.audienceExpandedAt !== null };
    });
    if (resumed) await this.dispatch(id, resumed.expanded);
    return this.get(id);
  }

  /** Stops the campaign for good: emails not yet handed to SMTP are dropped; sent ones stay in the report. */
  async cancel(id: string): Promise<CampaignDto> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.transition(manager, id, 'cancel');
      campaign.status = 'cancelled';
      campaign.completedAt = new Date();
      await manager.save(campaign);
      await this.repository.discardPending(id, manager);
    });
    return this.get(id);
  }

  async stats(id: string): Promise<CampaignStatsDto> {
    await this.find(id);
    return toStats((await this.repository.stats([id])).get(id));
  }

  async logs(id: string, query: EmailLogListQueryDto, user: AuthUser): Promise<Page<EmailLogDto>> {
    await this.find(id);
    const order = parseSort(query.sort, LOG_SORTABLE, '-createdAt');
    const { rows, total } = await this.repository.logs(
      { campaignId: id },
      { ...query, visibleTo: user, order: `${order.column} ${order.direction} NULLS LAST` },
    );
    return { data: rows.map(toLogDto), total, limit: query.limit, offset: query.offset };
  }

  /** Every email a contact received (campaigns and workflows); 404 when the contact is not visible. */
  async contactEmails(contactId: string, query: EmailLogListQueryDto, user: AuthUser): Promise<Page<EmailLogDto>> {
    if (!(await this.recipients.isVisible(contactId, user))) throw notFound('Contact', contactId);
    const order = parseSort(query.sort, { createdAt: 'l.created_at', sentAt: 'l.sent_at' }, '-createdAt');
    const { rows, total } = await this.repository.logs({ contactId }, { ...query, order: `${order.column} ${order.direction} NULLS LAST` });
    return { data: rows.map(toLogDto), total, limit: query.limit, offset: query.offset };
  }

  async timeline(id: string): Promise<CampaignTimelineDto> {
    await this.find(id);
    const span = await this.repository.activitySpan(id);
    const hours = span.first && span.last ? (span.last.getTime() - span.first.getTime()) / 3_600_000 : 0;
    const interval = hours <= 3 ? 'minute' : hours <= 24 * 7 ? 'hour' : 'day';
    const points = await this.repository.timeline(id, interval);
    return { interval, points: points.map((p) => ({ at: new Date(p.at).toISOString(), sent: p.sent, opened: p.opened, clicked: p.clicked })) };
  }

  async unsubscribeReasons(id: string): Promise<UnsubscribeReasonCountDto[]> {
    await this.find(id);
    return this.repository.unsubscribeReasons(id);
  }

  async links(id: string): Promise<CampaignLinkStatsDto[]> {
    await this.find(id);
    return this.repository.clickedLinks(id);
  }

  private async dispatch(id: string, expanded: boolean): Promise<void> {
    // The state change is committed; if Redis is down the scheduler enqueues the work within a minute.
    await this.dispatcher.start(id, expanded).catch((error) => this.logger.warn(`Could not enqueue campaign ${id}: ${(error as Error).message}`));
  }

  private async find(id: string): Promise<Campaign> {
    const campaign = await this.campaigns.findOne({ where: { id } });
    if (!campaign) throw new NotFoundException(`Campaign ${id} not found`);
    return campaign;
  }

  private async lock(manager: EntityManager, id: string): Promise<Campaign> {
    const campaign = await manager.findOne(Campaign, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!campaign) throw new NotFoundException(`Campaign ${id} not found`);
    return campaign;
  }

  private async transition(manager: EntityManager, id: string, action: Action): Promise<Campaign> {
    const campaign = await this.lock(manager, id);
    if (!ALLOWED_FROM[action].includes(campaign.status)) {
      throw new ConflictException(`Cannot ${action} a ${campaign.status} campaign (only from ${ALLOWED_FROM[action].join(' or ')})`);
    }
    return campaign;
  }

  /** `manager`: inside the caller's transaction, which holds the campaign's row lock (a second pooled connection can wait forever on a full pool). */
  private async assertTemplate(manager: EntityManager, templateId: string): Promise<void> {
    if (!(await manager.exists(EmailTemplate, { where: { id: templateId } }))) {
      throw validationProblem([{ field: 'templateId', message: 'This template no longer exists; choose another' }]);
    }
  }

  private async snapshot(templateId: string, manager: EntityManager): Promise<Campaign['templateSnapshot']> {
    const template = await manager.findOne(EmailTemplate, { where: { id: templateId } });
    if (!template) throw validationProblem([{ field: 'templateId', message: 'This template no longer exists; choose another' }]);
    try {
      compileTemplate(template);
    } catch (error) {
      if (error instanceof TemplateSyntaxError) {
        throw validationProblem([
          { field: 'templateId', message: `The template “${template.name}” has an error in its ${TEMPLATE_PART_NAMES[error.field]} (${error.message}): fix it before sending` },
        ]);
      }
      throw error;
    }
    const { subject, htmlBody, textBody, fromEmail, fromName } = template;
    return { subject, htmlBody, textBody, fromEmail, fromName };
  }

  /** Drops empty criteria so a stored filter only says what it filters on. */
  private cleanFilter(filter: SegmentFilter | undefined): SegmentFilter {
    if (!filter) return {};
    const clean: SegmentFilter = {};
    const statuses = filter.status === undefined ? [] : Array.isArray(filter.status) ? filter.status : [filter.status];
    if (statuses.length) clean.status = [...new Set(statuses)];
    if (filter.tags?.length) {
      clean.tags = [...new Set(filter.tags.map((t) => t.trim()).filter(Boolean))];
      clean.tagMatch = filter.tagMatch ?? 'any';
    }
    if (filter.companyId) clean.companyId = filter.companyId;
    if (filter.assignedToId) clean.assignedToId = filter.assignedToId;
    return clean;
  }

  /** `manager`: inside the caller's transaction. */
  private async toDtos(campaigns: Campaign[], manager?: EntityManager): Promise<CampaignDto[]> {
    const stats = await this.repository.stats(
      campaigns.map((c) => c.id),
      manager,
    );
    const templateIds = [...new Set(campaigns.map((c) => c.templateId).filter((t): t is string => !!t))];
    const names = await this.repository.templateNames(templateIds, manager);
    return campaigns.map((c) => CampaignDto.from(c, toStats(stats.get(c.id)), c.templateId ? names.get(c.templateId) ?? null : null));
  }
}

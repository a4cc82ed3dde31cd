import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DealStageChangedEvent, DomainEvent } from '../../common/events';
import { ActivitiesService } from '../contacts/activities.service';
import { Deal } from './entities/deal.entity';
import { Stage } from './entities/stage.entity';

const money = (value: number, currency: string) => {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
};

/**
 * Writes the system activity on the deal's contact for every stage change. It listens to the
 * domain event rather than being called inline, so the timeline shows exactly what automations
 * were told: one entry per `deal_stage_changed`.
 */
@Injectable()
export class DealTimelineListener {
  constructor(
    private readonly activities: ActivitiesService,
    @InjectRepository(Deal) private readonly deals: Repository<Deal>,
    @InjectRepository(Stage) private readonly stages: Repository<Stage>,
  ) {}

  @OnEvent(DomainEvent.DealStageChanged)
  async onStageChanged(event: DealStageChangedEvent): Promise<void> {
    if (!event.contactId) return;
    const deal = await this.deals.findOne({ where: { id: event.dealId } });
    if (!deal) return;
    const ids = [event.toStageId, ...(event.fromStageId ? [event.fromStageId] : [])];
    const stages = await this.stages.find({ where: { id: In(ids) } });
    const name = (id: string | null) => stages.find((s) => s.id === id)?.name ?? 'a deleted stage';
    const to = stages.find((s) => s.id === event.toStageId);
    const title = !event.fromStageId
      ? `Deal "${deal.title}" created in ${name(event.toStageId)}`
      : to?.outcome === 'won'
        ? `Deal "${deal.title}" won`
        : to?.outcome === 'lost'
          ? `Deal "${deal.title}" lost`
          : `Deal "${deal.title}" moved to ${name(event.toStageId)}`;
    const description = event.fromStageId
      ? `${name(event.fromStageId)} → ${name(event.toStageId)} · ${money(deal.value, deal.currency)}`
      : money(deal.value, deal.currency);
    await this.activities.record({ contactId: event.contactId, type: 'system', title, description, actorId: event.actorId });
  }
}

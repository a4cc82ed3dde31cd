import { Injectable } from '@nestjs/common';
import { TopicsService } from '../../consent/topics.service';
import { SegmentsService } from '../../segments/segments.service';
import { SegmentFilter } from '../entities/campaign.entity';
import { AudienceSpec } from './campaigns.repository';

/** What the audience of a campaign (or of a campaign being built) is made of. */
export interface AudienceSource {
  segmentFilter: SegmentFilter;
  segmentIds: string[];
  excludeSegmentIds: string[];
  topicId: string | null;
}

/**
 * Turns a campaign's filter and segment ids into the conditions its audience is counted, explained
 * and expanded with. The segments are compiled now, so a count or an expansion uses their current
 * definitions and the current date for their relative conditions.
 */
@Injectable()
export class CampaignAudiences {
  constructor(
    private readonly segments: SegmentsService,
    private readonly topics: TopicsService,
  ) {}

  /** A topic that no longer exists cannot be (a campaign's topic is kept by its FK): 400 naming `topicId` for a draft's. */
  async of(source: AudienceSource): Promise<AudienceSpec> {
    const topic = source.topicId ? await this.topics.assertExists(source.topicId, 'topicId') : null;
    return {
      filter: source.segmentFilter,
      ...(await this.segments.audience(source.segmentIds, source.excludeSegmentIds)),
      ...(topic && { topic: { id: topic.id, requiresOptIn: topic.requiresOptIn } }),
    };
  }
}

import { Injectable } from '@nestjs/common';

/** A module that can aim at a segment (campaigns, …). */
export interface SegmentUsageProvider {
  /** What uses the segment, as people name it ("campaign 'November news'"); empty when nothing does. */
  describe(segmentId: string): Promise<string[]>;
}

/**
 * Who uses a segment, asked before it is deleted (409 naming them). Modules register in their
 * onModuleInit, so the segments module depends on none of them (the emails module depends on it).
 */
@Injectable()
export class SegmentUsageRegistry {
  private readonly providers: SegmentUsageProvider[] = [];

  register(provider: SegmentUsageProvider): void {
    this.providers.push(provider);
  }

  async usages(segmentId: string): Promise<string[]> {
    return (await Promise.all(this.providers.map((provider) => provider.describe(segmentId)))).flat();
  }
}

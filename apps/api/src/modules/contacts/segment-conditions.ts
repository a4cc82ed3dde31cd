import { Injectable } from '@nestjs/common';
import type { ContactCondition } from './contact-query';

/** Turns a segment id into its condition over contacts (400 naming `field` when there is no such segment). */
export type SegmentConditionProvider = (segmentId: string, field: string) => Promise<ContactCondition>;

/**
 * Where `GET /api/contacts?segmentId=` gets the segment's condition. The segments module provides
 * it in its onModuleInit: it depends on this module (its lists go through ContactsService), so this
 * module cannot import it.
 */
@Injectable()
export class SegmentConditions {
  private provider: SegmentConditionProvider | null = null;

  provide(provider: SegmentConditionProvider): void {
    this.provider = provider;
  }

  resolve(segmentId: string, field: string): Promise<ContactCondition> {
    if (!this.provider) throw new Error('The segments module is not loaded');
    return this.provider(segmentId, field);
  }
}

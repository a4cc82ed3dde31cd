import { Injectable } from '@nestjs/common';

/** A module whose records name a topic (campaigns, forms, …). */
export interface TopicUsageProvider {
  /** What uses the topic, as people name it ("campaign 'November news'"); empty when nothing does. */
  describe(topicId: string): Promise<string[]>;
}

/**
 * Who uses a topic, asked before it is deleted (409 naming them). Modules register in their
 * onModuleInit, so the consent module depends on none of them (emails and forms depend on it).
 */
@Injectable()
export class TopicUsageRegistry {
  private readonly providers: TopicUsageProvider[] = [];

  register(provider: TopicUsageProvider): void {
    this.providers.push(provider);
  }

  async usages(topicId: string): Promise<string[]> {
    return (await Promise.all(this.providers.map((provider) => provider.describe(topicId)))).flat();
  }
}

import { Injectable } from '@nestjs/common';
import type { ObjectType } from './custom-field-rules';

/** A module that can use a custom field (views, workflows, …). */
export interface FieldUsageProvider {
  /** What uses the field, as people name it: "view 'Hot leads'", "workflow 'Welcome'"; empty when nothing does. */
  describe(objectType: ObjectType, key: string): Promise<string[]>;
}

/**
 * Who uses a custom field, asked before it is deleted (409 naming them). Modules register in
 * their onModuleInit, so the fields module depends on none of them.
 */
@Injectable()
export class FieldUsageRegistry {
  private readonly providers: FieldUsageProvider[] = [];

  register(provider: FieldUsageProvider): void {
    this.providers.push(provider);
  }

  async usages(objectType: ObjectType, key: string): Promise<string[]> {
    return (await Promise.all(this.providers.map((provider) => provider.describe(objectType, key)))).flat();
  }
}

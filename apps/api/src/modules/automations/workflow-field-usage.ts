import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ObjectType } from '../fields/custom-field-rules';
import { FieldUsageRegistry } from '../fields/field-usage.registry';
import { WorkflowsRepository } from './workflows.repository';

/**
 * Tells the fields module which workflows use a contact custom field: a contact_updated trigger
 * narrowed to `cf.<key>` would never fire again once the field is gone. (No step action takes a
 * field yet; one that does adds its check here.)
 */
@Injectable()
export class WorkflowFieldUsage implements OnModuleInit {
  constructor(
    private readonly registry: FieldUsageRegistry,
    private readonly workflows: WorkflowsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({ describe: (objectType, key) => this.describe(objectType, key) });
  }

  private async describe(objectType: ObjectType, key: string): Promise<string[]> {
    if (objectType !== 'contact') return [];
    return (await this.workflows.namesNarrowingOn(this.dataSource.manager, `cf.${key}`)).map((name) => `workflow '${name}'`);
  }
}

import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FieldDefinition } from './entities/field-definition.entity';
import { FieldUsageRegistry } from './field-usage.registry';
import { FieldsController } from './fields.controller';
import { FieldsService } from './fields.service';

/**
 * Custom field definitions and the checks of their values. Global: contacts, companies, deals,
 * emails and views all read definitions, and it depends on none of them (usages come in through
 * FieldUsageRegistry).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([FieldDefinition])],
  controllers: [FieldsController],
  providers: [FieldsService, FieldUsageRegistry],
  exports: [FieldsService, FieldUsageRegistry],
})
export class FieldsModule {}

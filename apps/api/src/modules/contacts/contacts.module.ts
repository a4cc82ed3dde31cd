import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '../../queue/queue-names';
import { UsersModule } from '../users/users.module';
import { ActivitiesService } from './activities.service';
import { CompaniesController } from './companies.controller';
import { CompaniesRepository } from './companies.repository';
import { CompaniesService } from './companies.service';
import { ContactExporter } from './contact-exporter';
import { ContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { ContactBatchRepository } from './contact-batch.repository';
import { ContactBulkRepository } from './contact-bulk.repository';
import { ContactBulkService } from './contact-bulk.service';
import { ContactsService } from './contacts.service';
import { Activity } from './entities/activity.entity';
import { Company } from './entities/company.entity';
import { ContactImport } from './entities/contact-import.entity';
import { Contact } from './entities/contact.entity';
import { ContactImportsController } from './import/contact-imports.controller';
import { ContactImportsRepository } from './import/contact-imports.repository';
import { ContactImportsService } from './import/contact-imports.service';
import { SegmentConditions } from './segment-conditions';

/**
 * Companies, contacts, activities, tags, CSV import and export. Exports the services other modules
 * act on contacts through (automations, emails, deals, dashboard) — never the repositories.
 * The import job's processor lives in ContactsWorkerModule (worker role only).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Company, Contact, Activity, ContactImport]),
    BullModule.registerQueue({ name: QueueName.ContactImport }),
    UsersModule,
  ],
  // ContactImportsController first: its static paths must be registered before `contacts/:id`.
  controllers: [ContactImportsController, ContactsController, CompaniesController],
  providers: [
    ActivitiesService,
    ContactsService,
    ContactsRepository,
    ContactBulkService,
    ContactBulkRepository,
    ContactBatchRepository,
    CompaniesRepository,
    CompaniesService,
    ContactExporter,
    ContactImportsRepository,
    ContactImportsService,
    SegmentConditions,
  ],
  exports: [ActivitiesService, ContactsService, CompaniesService, SegmentConditions],
})
export class ContactsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { ActivitiesService } from './activities.service';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';
import { Activity } from './entities/activity.entity';
import { Company } from './entities/company.entity';
import { Contact } from './entities/contact.entity';

/**
 * Companies, contacts, activities, tags, CSV import and export. Exports the services other modules
 * act on contacts through (automations, emails, deals, dashboard) — never the repositories.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Company, Contact, Activity]), UsersModule],
  providers: [ActivitiesService, ContactsService, ContactsRepository],
  exports: [ActivitiesService, ContactsService],
})
export class ContactsModule {}

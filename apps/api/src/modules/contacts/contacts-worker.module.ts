import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { QueueName } from '../../queue/queue-names';
import { UsersModule } from '../users/users.module';
import { ContactImportProcessor, ContactImportSweeper } from './import/contact-import.processor';
import { ContactImportRunner } from './import/contact-import.runner';
import { ContactImportsRepository } from './import/contact-imports.repository';
import { ContactsRepository } from './contacts.repository';

/** The CSV import processor and its sweep; loaded only when ROLE is worker or all. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.ContactImport }), UsersModule],
  providers: [ContactImportsRepository, ContactsRepository, ContactImportRunner, ContactImportProcessor, ContactImportSweeper],
})
export class ContactsWorkerModule {}

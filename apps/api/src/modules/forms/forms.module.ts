import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { ContactsModule } from '../contacts/contacts.module';
import { EmailsModule } from '../emails/emails.module';
import { FormRateLimiter } from './form-rate-limiter';
import { FormsController } from './forms.controller';
import { FormsRepository } from './forms.repository';
import { FormsService } from './forms.service';
import { ConfirmController, PublicFormsController } from './public-forms.controller';
import { SignupsService } from './signups.service';

/**
 * Signup forms (issue #17): the builder's API, the hosted page and its posts, double opt-in
 * confirmations. Contacts change through ContactsService, consent through ConsentService, the
 * confirmation email goes out on the emails module's transactional path.
 */
@Module({
  imports: [ContactsModule, ConsentModule, EmailsModule],
  controllers: [FormsController, PublicFormsController, ConfirmController],
  providers: [FormsRepository, FormsService, SignupsService, FormRateLimiter],
})
export class FormsModule {}

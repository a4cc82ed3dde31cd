import { Module } from '@nestjs/common';
import { EmailsModule } from '../emails/emails.module';
import { GdprController } from './gdpr.controller';
import { GdprService } from './gdpr.service';
import { PersonalDataRepository } from './personal-data.repository';

/** GDPR export and erase of a contact (issue #17); the erased-address hash itself is the suppression list's (emails). */
@Module({
  imports: [EmailsModule],
  controllers: [GdprController],
  providers: [GdprService, PersonalDataRepository],
})
export class GdprModule {}

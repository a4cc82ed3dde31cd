import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesService } from './activities.service';
import { Activity } from './entities/activity.entity';
import { Company } from './entities/company.entity';
import { Contact } from './entities/contact.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Company, Contact, Activity])],
  providers: [ActivitiesService],
  exports: [ActivitiesService],
})
export class ContactsModule {}

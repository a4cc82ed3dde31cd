import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { Segment } from './entities/segment.entity';
import { SegmentUsageRegistry } from './segment-usage.registry';
import { SegmentsController } from './segments.controller';
import { SegmentsRepository } from './segments.repository';
import { SegmentsService } from './segments.service';

/**
 * Saved segments (issue #15). Depends on contacts (its counts and lists go through ContactsService);
 * the emails module depends on it for campaign audiences and registers its usages here.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Segment]), ContactsModule],
  controllers: [SegmentsController],
  providers: [SegmentsService, SegmentsRepository, SegmentUsageRegistry],
  exports: [SegmentsService, SegmentUsageRegistry],
})
export class SegmentsModule {}

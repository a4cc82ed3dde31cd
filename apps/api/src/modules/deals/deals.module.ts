import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { UsersModule } from '../users/users.module';
import { BoardService } from './board.service';
import { DealsStatsService } from './deals-stats.service';
import { DealsController } from './deals.controller';
import { DealsRepository } from './deals.repository';
import { DealsService } from './deals.service';
import { DealStageHistory } from './entities/deal-stage-history.entity';
import { Deal } from './entities/deal.entity';
import { Pipeline } from './entities/pipeline.entity';
import { Stage } from './entities/stage.entity';
import { PipelinesController } from './pipelines.controller';
import { PipelinesRepository } from './pipelines.repository';
import { PipelinesService } from './pipelines.service';

@Module({
  imports: [TypeOrmModule.forFeature([Pipeline, Stage, Deal, DealStageHistory]), ContactsModule, UsersModule],
  controllers: [PipelinesController, DealsController],
  providers: [PipelinesService, PipelinesRepository, DealsService, DealsRepository, BoardService, DealsStatsService],
  exports: [DealsService, DealsStatsService, PipelinesService],
})
export class DealsModule {}

import { Module } from '@nestjs/common';
import { AutomationsModule } from '../automations/automations.module';
import { DealsModule } from '../deals/deals.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [DealsModule, AutomationsModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardRepository],
})
export class DashboardModule {}

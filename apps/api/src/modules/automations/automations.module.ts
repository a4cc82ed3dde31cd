import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '../../queue/queue-names';
import { ConsentModule } from '../consent/consent.module';
import { ContactsModule } from '../contacts/contacts.module';
import { DealsModule } from '../deals/deals.module';
import { EmailsModule } from '../emails/emails.module';
import { UsersModule } from '../users/users.module';
import { WorkflowExecution } from './entities/workflow-execution.entity';
import { WorkflowStepExecution } from './entities/workflow-step-execution.entity';
import { WorkflowStep } from './entities/workflow-step.entity';
import { Workflow } from './entities/workflow.entity';
import { WorkflowFieldUsage } from './workflow-field-usage';
import { WorkflowExecutionsController } from './workflow-executions.controller';
import { WorkflowExecutionsRepository } from './workflow-executions.repository';
import { WorkflowExecutionsService } from './workflow-executions.service';
import { WorkflowReferences } from './workflow-references.service';
import { WorkflowStatsService } from './workflow-stats.service';
import { WorkflowStepQueue } from './workflow-step-queue';
import { WorkflowTriggersListener } from './workflow-triggers.listener';
import { WorkflowsController } from './workflows.controller';
import { WorkflowsRepository } from './workflows.repository';
import { WorkflowsService } from './workflows.service';

/** Workflows, executions and the trigger listeners; loaded in every role (events fire in API and worker). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Workflow, WorkflowStep, WorkflowExecution, WorkflowStepExecution]),
    BullModule.registerQueue({ name: QueueName.WorkflowSteps }),
    ContactsModule,
    DealsModule,
    EmailsModule,
    UsersModule,
    ConsentModule,
  ],
  controllers: [WorkflowsController, WorkflowExecutionsController],
  providers: [
    WorkflowsService,
    WorkflowsRepository,
    WorkflowExecutionsService,
    WorkflowExecutionsRepository,
    WorkflowReferences,
    WorkflowStepQueue,
    WorkflowTriggersListener,
    WorkflowStatsService,
    WorkflowFieldUsage,
  ],
  exports: [WorkflowsService, WorkflowExecutionsService, WorkflowStepQueue, WorkflowStatsService],
})
export class AutomationsModule {}

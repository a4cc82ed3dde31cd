import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { EmailsModule } from '../emails/emails.module';
import { UsersModule } from '../users/users.module';
import { AutomationsModule } from './automations.module';
import { WorkflowActions } from './workflow-actions.service';
import { WorkflowEngine } from './workflow-engine.service';
import { WorkflowScheduler } from './workflow-scheduler';
import { WorkflowStepProcessor } from './workflow-step.processor';
import { WorkflowStepsRepository } from './workflow-steps.repository';

/** The step processor and the scheduler: loaded only when ROLE is worker or all. */
@Module({
  imports: [AutomationsModule, ContactsModule, EmailsModule, UsersModule],
  providers: [WorkflowActions, WorkflowEngine, WorkflowStepProcessor, WorkflowStepsRepository, WorkflowScheduler],
})
export class AutomationsWorkerModule {}

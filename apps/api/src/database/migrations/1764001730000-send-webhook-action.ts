import { MigrationInterface, QueryRunner } from 'typeorm';

/** Workflow steps may send a signed webhook to an endpoint (`send_webhook`, actionData.endpointId). */
export class SendWebhookAction1764001730000 implements MigrationInterface {
  name = 'SendWebhookAction1764001730000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_step DROP CONSTRAINT workflow_step_action_check`);
    await q.query(
      `ALTER TABLE workflow_step ADD CONSTRAINT workflow_step_action_check
         CHECK (action IN ('send_email','add_tag','remove_tag','change_status','assign_to','wait','send_webhook'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM workflow_step WHERE action = 'send_webhook'`);
    await q.query(`ALTER TABLE workflow_step DROP CONSTRAINT workflow_step_action_check`);
    await q.query(
      `ALTER TABLE workflow_step ADD CONSTRAINT workflow_step_action_check
         CHECK (action IN ('send_email','add_tag','remove_tag','change_status','assign_to','wait'))`,
    );
  }
}

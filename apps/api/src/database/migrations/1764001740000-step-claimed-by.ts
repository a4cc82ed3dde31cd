import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which process holds a workflow step's lease: its sender key (emails/sending/sender-liveness),
 * whose session advisory lock PostgreSQL drops the moment the process dies. A step leased by a
 * dead process can then be taken over at once instead of after its 15-minute lease (issue #18).
 */
export class StepClaimedBy1764001740000 implements MigrationInterface {
  name = 'StepClaimedBy1764001740000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_step_execution ADD COLUMN claimed_by integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_step_execution DROP COLUMN claimed_by`);
  }
}

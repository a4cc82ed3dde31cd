import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * The raw SQL of `pipeline` and `stage`: the locks that order deal moves against stage edits, and
 * the set-based rewrites of a pipeline's stage list. Each runs inside the caller's transaction.
 */
@Injectable()
export class PipelinesRepository {
  /** Share-locks a pipeline against concurrent stage edits (they lock it exclusively); false when it does not exist. */
  async sharePipeline(manager: EntityManager, pipelineId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT id FROM pipeline WHERE id = $1 FOR SHARE`, [pipelineId]);
    return rows.length > 0;
  }

  /** Locks a stage, i.e. its board column, so two concurrent drops into it cannot interleave their renumbering. */
  async lockStage(manager: EntityManager, stageId: string): Promise<void> {
    await manager.query('SELECT id FROM stage WHERE id = $1 FOR UPDATE', [stageId]);
  }

  /**
   * Parks every stage of the pipeline on a unique placeholder name and no outcome. Names and
   * outcomes are unique per pipeline and checked row by row, so writing a swap (A↔B) directly
   * would collide midway.
   */
  async parkStages(manager: EntityManager, pipelineId: string): Promise<void> {
    await manager.query(`UPDATE stage SET name = id::text, outcome = NULL WHERE pipeline_id = $1`, [pipelineId]);
  }

  /** Closes the gaps in the pipeline's stage order (0, 1, …), writing only the stages that move. */
  async renumberStages(manager: EntityManager, pipelineId: string): Promise<void> {
    await manager.query(
      `UPDATE stage AS s SET sort_order = r.rn - 1
       FROM (SELECT id, row_number() OVER (ORDER BY sort_order) AS rn FROM stage WHERE pipeline_id = $1) AS r
       WHERE s.id = r.id AND s.sort_order <> r.rn - 1`,
      [pipelineId],
    );
  }
}

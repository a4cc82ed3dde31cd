import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sales-pipeline layer: pipelines with ordered stages, deals, and the stage history that
 * velocity and win-rate reports read. Ships with one default pipeline so a fresh install has a
 * board to put deals on.
 */
export class Deals1764000200000 implements MigrationInterface {
  name = 'Deals1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pipeline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        description text,
        is_default boolean NOT NULL DEFAULT false,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX pipeline_name_lower_uq ON pipeline (lower(name))`);
    // At most one default pipeline: the one new deals land in when no pipeline is named.
    await q.query(`CREATE UNIQUE INDEX pipeline_single_default_uq ON pipeline (is_default) WHERE is_default`);

    await q.query(`
      CREATE TABLE stage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pipeline_id uuid NOT NULL REFERENCES pipeline(id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        sort_order integer NOT NULL CHECK (sort_order >= 0),
        probability smallint NOT NULL CHECK (probability BETWEEN 0 AND 100),
        outcome varchar(4) CHECK (outcome IN ('won','lost')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Target of deal's composite foreign key: a deal's stage always belongs to its pipeline.
        CONSTRAINT stage_pipeline_id_uq UNIQUE (pipeline_id, id),
        -- Deferred so a reorder can swap positions inside one transaction.
        CONSTRAINT stage_pipeline_order_uq UNIQUE (pipeline_id, sort_order) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(`CREATE UNIQUE INDEX stage_pipeline_name_lower_uq ON stage (pipeline_id, lower(name))`);
    await q.query(`CREATE UNIQUE INDEX stage_pipeline_outcome_uq ON stage (pipeline_id, outcome) WHERE outcome IS NOT NULL`);

    await q.query(`
      CREATE TABLE deal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        description text,
        value numeric(14,2) NOT NULL DEFAULT 0 CHECK (value >= 0),
        currency char(3) NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
        contact_id uuid REFERENCES contact(id) ON DELETE SET NULL,
        company_id uuid REFERENCES company(id) ON DELETE SET NULL,
        pipeline_id uuid NOT NULL REFERENCES pipeline(id) ON DELETE RESTRICT,
        stage_id uuid NOT NULL,
        status varchar(4) NOT NULL DEFAULT 'open' CHECK (status IN ('open','won','lost')),
        assigned_to_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        close_date date,
        position integer NOT NULL DEFAULT 0,
        stage_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT deal_stage_in_pipeline_fk FOREIGN KEY (pipeline_id, stage_id)
          REFERENCES stage (pipeline_id, id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX deal_status_idx ON deal (status)`);
    await q.query(`CREATE INDEX deal_pipeline_idx ON deal (pipeline_id)`);
    // The board reads a column as "open deals of this stage by position".
    await q.query(`CREATE INDEX deal_stage_position_idx ON deal (stage_id, position)`);
    await q.query(`CREATE INDEX deal_assigned_to_idx ON deal (assigned_to_id)`);
    await q.query(`CREATE INDEX deal_contact_idx ON deal (contact_id)`);
    await q.query(`CREATE INDEX deal_company_idx ON deal (company_id)`);
    await q.query(`CREATE INDEX deal_close_date_idx ON deal (close_date)`);
    await q.query(`CREATE INDEX deal_created_at_idx ON deal (created_at)`);

    await q.query(`
      CREATE TABLE deal_stage_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deal_id uuid NOT NULL REFERENCES deal(id) ON DELETE CASCADE,
        pipeline_id uuid NOT NULL REFERENCES pipeline(id) ON DELETE CASCADE,
        from_stage_id uuid REFERENCES stage(id) ON DELETE SET NULL,
        to_stage_id uuid REFERENCES stage(id) ON DELETE SET NULL,
        -- Names as they were, so the timeline still reads after a stage is renamed or deleted.
        from_stage_name varchar(100),
        to_stage_name varchar(100) NOT NULL,
        changed_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX deal_stage_history_deal_idx ON deal_stage_history (deal_id, changed_at)`);
    await q.query(`CREATE INDEX deal_stage_history_to_stage_idx ON deal_stage_history (to_stage_id)`);

    await q.query(`
      WITH p AS (
        INSERT INTO pipeline (name, description, is_default)
        VALUES ('Sales pipeline', 'The default pipeline for new deals', true)
        RETURNING id
      )
      INSERT INTO stage (pipeline_id, name, sort_order, probability, outcome)
      SELECT p.id, s.name, s.sort_order, s.probability, s.outcome
      FROM p, (VALUES
        ('Lead', 0, 10, NULL),
        ('Qualified', 1, 25, NULL),
        ('Proposal', 2, 50, NULL),
        ('Negotiation', 3, 75, NULL),
        ('Won', 4, 100, 'won'),
        ('Lost', 5, 0, 'lost')
      ) AS s(name, sort_order, probability, outcome)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['deal_stage_history', 'deal', 'stage', 'pipeline']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

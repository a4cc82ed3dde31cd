import type { FieldError } from '../../common/filters/problem';
import type { DealStatus } from './entities/deal.entity';
import type { StageOutcome } from './entities/stage.entity';

/** The pure decisions behind creating, editing and moving deals and editing pipelines. */

export interface StageFacts {
  id: string;
  name: string;
  order: number;
  outcome: StageOutcome | null;
}

export interface DealPlacement {
  stageId: string;
  status: DealStatus;
  closeDate: string | null;
}

export interface PlacementRequest {
  stageId?: string;
  status?: DealStatus;
  closeDate?: string | null;
}

export type PlacementResult =
  | { ok: true; stage: StageFacts; status: DealStatus; closeDate: string | null; stageChanged: boolean }
  | { ok: false; errors: FieldError[] };

/**
 * Where a deal ends up and in which status, given its current state (none when creating), what
 * the client asked for, and the stages of the pipeline it will be in.
 *
 * - A closing stage decides the status: entering `Won` wins the deal; entering a working stage
 *   reopens it. Marking a deal won/lost moves it to the pipeline's closing stage when there is one.
 * - Closing a deal stamps `closeDate` with `today` unless the client gave one.
 * - Reopening a deal that sits in a closing stage needs a working stage to go to.
 */
export function placeDeal(
  current: (DealPlacement & { pipelineId: string }) | null,
  pipelineId: string,
  stages: StageFacts[],
  request: PlacementRequest,
  today: string,
): PlacementResult {
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const closingStage = (status: DealStatus | undefined) =>
    status && status !== 'open' ? ordered.find((s) => s.outcome === status) : undefined;
  const firstWorking = ordered.find((s) => !s.outcome);
  const samePipeline = current !== null && current.pipelineId === pipelineId;

  let stage: StageFacts | undefined;
  if (request.stageId) {
    stage = ordered.find((s) => s.id === request.stageId);
    if (!stage) return fail('stageId', 'is not a stage of the deal’s pipeline');
  } else if (closingStage(request.status)) {
    stage = closingStage(request.status);
  } else if (samePipeline) {
    stage = ordered.find((s) => s.id === current.stageId);
    if (stage?.outcome && request.status === 'open') {
      return fail('stageId', 'is required to reopen a closed deal: name the working stage it goes back to');
    }
  } else {
    stage = closingStage(request.status ?? current?.status) ?? firstWorking;
  }
  if (!stage) return fail('stageId', 'The pipeline has no stage to put the deal in; add one in the pipeline settings');

  const stageChanged = !samePipeline || stage.id !== current.stageId;
  const status: DealStatus = request.status ?? (stageChanged ? (stage.outcome ?? 'open') : current!.status);

  if (stage.outcome && status !== stage.outcome) {
    return fail('status', `must be ${stage.outcome} for a deal in the "${stage.name}" stage`);
  }
  const expected = closingStage(status);
  if (!stage.outcome && expected) {
    return fail('stageId', `A ${status} deal belongs in the "${expected.name}" stage of this pipeline`);
  }

  const closing = status !== 'open' && current?.status !== status;
  const closeDate =
    request.closeDate !== undefined ? request.closeDate : closing ? today : (current?.closeDate ?? null);
  return { ok: true, stage, status, closeDate, stageChanged };
}

function fail(field: string, message: string): PlacementResult {
  return { ok: false, errors: [{ field, message }] };
}

/**
 * The column's new order after putting `dealId` at `index` among the deals the caller can see
 * (a member sees only theirs, so the index counts those). Past the end, or without index: last.
 */
export function placeInColumn(column: string[], visible: (id: string) => boolean, dealId: string, index?: number): string[] {
  const others = column.filter((id) => id !== dealId);
  const seen = others.filter(visible);
  if (index === undefined || index >= seen.length) return [...others, dealId];
  const at = others.indexOf(seen[index]);
  return [...others.slice(0, at), dealId, ...others.slice(at)];
}

export interface StageInput {
  id?: string;
  name: string;
  order: number;
  probability: number;
  outcome?: StageOutcome | null;
}

export interface StagePlanEntry {
  /** Set for stages that already exist. */
  id?: string;
  name: string;
  order: number;
  probability: number;
  outcome: StageOutcome | null;
}

export type StagePlan =
  | { ok: true; stages: StagePlanEntry[]; removedIds: string[] }
  | { ok: false; errors: FieldError[] };

/**
 * Validates a pipeline's complete new stage list against its existing stage ids and returns the
 * stages in their final order (renumbered 0, 1, 2…) plus the ids that disappear.
 */
export function planStages(input: StageInput[], existingIds: string[]): StagePlan {
  const errors: FieldError[] = [];
  const seenIds = new Set<string>();
  const seenNames = new Set<string>();
  const seenOrders = new Set<number>();
  const seenOutcomes = new Set<StageOutcome>();
  input.forEach((stage, i) => {
    if (stage.id !== undefined) {
      if (!existingIds.includes(stage.id)) errors.push({ field: `stages.${i}.id`, message: 'is not a stage of this pipeline' });
      else if (seenIds.has(stage.id)) errors.push({ field: `stages.${i}.id`, message: 'is listed twice' });
      seenIds.add(stage.id);
    }
    const name = stage.name.toLowerCase();
    if (seenNames.has(name)) errors.push({ field: `stages.${i}.name`, message: 'must be unique within the pipeline' });
    seenNames.add(name);
    if (seenOrders.has(stage.order)) errors.push({ field: `stages.${i}.order`, message: 'must be unique within the pipeline' });
    seenOrders.add(stage.order);
    if (stage.outcome) {
      if (seenOutcomes.has(stage.outcome)) {
        errors.push({ field: `stages.${i}.outcome`, message: `must differ: a pipeline has only one ${stage.outcome} stage` });
      }
      seenOutcomes.add(stage.outcome);
    }
  });
  if (input.length > 0 && input.every((stage) => stage.outcome)) {
    errors.push({ field: 'stages', message: 'must include at least one working stage (without outcome)' });
  }
  if (errors.length) return { ok: false, errors };
  const stages = input
    .map((stage, index) => ({ stage, index }))
    .sort((a, b) => a.stage.order - b.stage.order || a.index - b.index)
    .map(({ stage }, order) => ({
      ...(stage.id !== undefined && { id: stage.id }),
      name: stage.name,
      order,
      probability: stage.probability,
      outcome: stage.outcome ?? null,
    }));
  return { ok: true, stages, removedIds: existingIds.filter((id) => !seenIds.has(id)) };
}

function money(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

/**
 * The system activity a stage change writes on the deal's contact, in the transaction of the change:
 * exactly one entry per change, however often its `deal_stage_changed` event is delivered.
 */
export function stageChangeEntry(
  deal: { title: string; value: number; currency: string },
  from: { name: string } | null,
  to: { name: string; outcome: StageOutcome | null },
): { title: string; description: string } {
  const amount = money(Number(deal.value), deal.currency);
  if (!from) return { title: `Deal "${deal.title}" created in ${to.name}`, description: amount };
  const title =
    to.outcome === 'won' ? `Deal "${deal.title}" won` : to.outcome === 'lost' ? `Deal "${deal.title}" lost` : `Deal "${deal.title}" moved to ${to.name}`;
  return { title, description: `${from.name} → ${to.name} · ${amount}` };
}

/**
 * The webhook events of a change to a deal: `deal.created` or `deal.updated`, then
 * `deal.stage_changed` when it entered another stage, then `deal.won` / `deal.lost` when it
 * reached that status (a deal created won is won too). `before`: its status before the change,
 * null for a new deal.
 */
export function dealEventTypes(
  before: DealStatus | null,
  after: DealStatus,
  stageChanged: boolean,
): ('deal.created' | 'deal.updated' | 'deal.stage_changed' | 'deal.won' | 'deal.lost')[] {
  const types: ('deal.created' | 'deal.updated' | 'deal.stage_changed' | 'deal.won' | 'deal.lost')[] = [before === null ? 'deal.created' : 'deal.updated'];
  if (stageChanged && before !== null) types.push('deal.stage_changed');
  if (after !== before && after !== 'open') types.push(after === 'won' ? 'deal.won' : 'deal.lost');
  return types;
}

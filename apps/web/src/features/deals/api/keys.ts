import type { components } from '@corral/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { contactActivitiesKeys } from '../../../lib/activities';

export type Deal = components['schemas']['DealDto'];
export type Board = components['schemas']['BoardDto'];
export type BoardColumn = components['schemas']['BoardColumnDto'];
export type Pipeline = components['schemas']['PipelineDto'];
export type Stage = components['schemas']['StageDto'];
export type DealStatus = Deal['status'];
export type StageHistoryEntry = components['schemas']['DealStageHistoryDto'];

export interface BoardFilters {
  assignedToId?: string;
  search?: string;
}

export interface DealListQuery {
  pipelineId?: string;
  stageId?: string;
  status?: DealStatus;
  assignedToId?: string;
  contactId?: string;
  search?: string;
  sort: string;
  limit: number;
  offset: number;
}

/** Query keys of the deals feature; every deal mutation invalidates `dealsKeys.all`. */
export const dealsKeys = {
  all: ['deals'] as const,
  boards: () => ['deals', 'board'] as const,
  board: (pipelineId: string, filters: BoardFilters) => ['deals', 'board', pipelineId, filters] as const,
  list: (query: DealListQuery) => ['deals', 'list', query] as const,
  detail: (id: string) => ['deals', 'detail', id] as const,
  history: (id: string) => ['deals', 'history', id] as const,
  stats: (pipelineId: string) => ['deals', 'stats', pipelineId] as const,
};

/**
 * After a deal is created, changed or moved: its lists and pages, and the contacts' timelines,
 * where the API writes each stage change of a contact's deal ("Deal … moved to Proposal").
 */
export function invalidateDeals(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([queryClient.invalidateQueries({ queryKey: dealsKeys.all }), queryClient.invalidateQueries({ queryKey: contactActivitiesKeys.all })]);
}

/** Pipeline queries: the list is lib/lookups.ts `pipelinesQueryOptions` (['pipelines', 'list']), shared with the pickers. */
export const pipelinesKeys = {
  all: ['pipelines'] as const,
};


import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateDeals, pipelinesKeys } from './keys';

export type CreatePipelineInput = components['schemas']['CreatePipelineDto'];
export type UpdatePipelineInput = components['schemas']['UpdatePipelineDto'];
export type StageInput = components['schemas']['StageInputDto'];

export function createPipeline(body: CreatePipelineInput) {
  return unwrap(api.POST('/api/pipelines', { body }));
}

export function updatePipeline({ id, changes }: { id: string; changes: UpdatePipelineInput }) {
  return unwrap(api.PATCH('/api/pipelines/{id}', { params: { path: { id } }, body: changes }));
}

export function deletePipeline(id: string) {
  return unwrap(api.DELETE('/api/pipelines/{id}', { params: { path: { id } } }));
}

/** Without `moveDealsTo` a stage holding deals is refused with 409 and `dealCount`. */
export function deleteStage({ pipelineId, stageId, moveDealsTo }: { pipelineId: string; stageId: string; moveDealsTo?: string }) {
  return unwrap(
    api.DELETE('/api/pipelines/{id}/stages/{stageId}', {
      params: { path: { id: pipelineId, stageId }, query: moveDealsTo ? { moveDealsTo } : {} },
    }),
  );
}

/**
 * Pipelines shape the board and every deal in them: refresh both after any change, and the
 * contacts' timelines (deleting a stage moves its deals, and the API writes each move there).
 */
function useInvalidating<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: pipelinesKeys.all }), invalidateDeals(queryClient)]),
  });
}

export const useCreatePipeline = () => useInvalidating(createPipeline);
export const useUpdatePipeline = () => useInvalidating(updatePipeline);
export const useDeletePipeline = () => useInvalidating(deletePipeline);
export const useDeleteStage = () => useInvalidating(deleteStage);

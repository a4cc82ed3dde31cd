import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { moveOnBoard } from '../board-model';
import { type Board, invalidateDeals } from './keys';

export interface MoveDealInput {
  dealId: string;
  stageId: string;
  /** Place among the column's cards as shown. */
  index: number;
}

export function moveDeal({ dealId, stageId, index }: MoveDealInput) {
  return unwrap(api.POST('/api/deals/{id}/move', { params: { path: { id: dealId } }, body: { stageId, index } }));
}

/**
 * A drag on the board. The card moves at once (optimistic); if the API refuses, the board
 * snaps back to what it was and the caller shows why.
 */
export function useMoveDeal(boardKey: readonly unknown[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveDeal,
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: boardKey });
      const previous = queryClient.getQueryData<Board>(boardKey);
      if (previous) queryClient.setQueryData(boardKey, moveOnBoard(previous, input.dealId, input.stageId, input.index));
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
    },
    onSettled: () => invalidateDeals(queryClient),
  });
}

import type { Board, BoardColumn, Deal } from './api/keys';

const cents = (value: number) => Math.round(value * 100) / 100;

/** Count and totals of a column from its deals, the way the API computes them. */
export function withTotals(column: BoardColumn): BoardColumn {
  const totalValue = cents(column.deals.reduce((sum, deal) => sum + deal.value, 0));
  const weightedValue = cents(column.deals.reduce((sum, deal) => sum + deal.value * column.probability, 0) / 100);
  return { ...column, count: column.deals.length, totalValue, weightedValue };
}

/**
 * The board as it will look once the API accepts the move: the deal leaves its column and enters
 * `stageId` at `index`; a closing stage (won / lost) takes it off the board.
 */
export function moveOnBoard(board: Board, dealId: string, stageId: string, index: number): Board {
  const deal = board.stages.flatMap((column) => column.deals).find((d) => d.id === dealId);
  const target = board.stages.find((column) => column.id === stageId);
  if (!deal || !target) return board;
  const moved: Deal = {
    ...deal,
    stageId,
    stage: { id: target.id, name: target.name, probability: target.probability, outcome: target.outcome },
  };
  return {
    ...board,
    stages: board.stages.map((column) => {
      const holds = column.deals.some((d) => d.id === dealId);
      if (!holds && column.id !== stageId) return column;
      const deals = column.deals.filter((d) => d.id !== dealId);
      if (column.id === stageId && !column.outcome) deals.splice(Math.min(index, deals.length), 0, moved);
      return withTotals({ ...column, deals });
    }),
  };
}

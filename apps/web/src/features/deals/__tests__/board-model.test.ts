import { moveOnBoard } from '../board-model';
import { boardOf, lead, makeDeal, proposal, won } from './deal-fixtures';

describe('moveOnBoard (the optimistic picture of a drag)', () => {
  const a = makeDeal({ title: 'A', value: 100.1 });
  const b = makeDeal({ title: 'B', value: 50 });
  const c = makeDeal({ title: 'C', value: 1000, stageId: proposal.id });
  const board = boardOf([a, b, c]);
  const column = (next: typeof board, id: string) => next.stages.find((s) => s.id === id)!;

  it('moves a card across columns at the index and recomputes both columns', () => {
    const next = moveOnBoard(board, a.id, proposal.id, 0);
    expect(column(next, lead.id)).toMatchObject({ count: 1, totalValue: 50, weightedValue: 5 });
    expect(column(next, proposal.id).deals.map((d) => d.title)).toEqual(['A', 'C']);
    expect(column(next, proposal.id)).toMatchObject({ count: 2, totalValue: 1100.1, weightedValue: 550.05 });
    expect(column(next, proposal.id).deals[0]).toMatchObject({ stageId: proposal.id, stage: { name: 'Proposal' } });
  });

  it('reorders within a column', () => {
    const next = moveOnBoard(board, b.id, lead.id, 0);
    expect(column(next, lead.id).deals.map((d) => d.title)).toEqual(['B', 'A']);
    expect(column(next, lead.id).totalValue).toBe(150.1);
  });

  it('takes a card dropped on a closing stage off the board', () => {
    const next = moveOnBoard(board, c.id, won.id, 0);
    expect(next.stages.flatMap((s) => s.deals).map((d) => d.title)).toEqual(['A', 'B']);
    expect(column(next, proposal.id)).toMatchObject({ count: 0, totalValue: 0 });
    expect(column(next, won.id).deals).toEqual([]);
  });

  it('leaves the board alone for an unknown deal or stage', () => {
    expect(moveOnBoard(board, 'nope', proposal.id, 0)).toBe(board);
    expect(moveOnBoard(board, a.id, 'nope', 0)).toBe(board);
  });
});

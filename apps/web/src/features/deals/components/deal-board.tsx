import { DragDropContext, type DropResult } from '@hello-pangea/dnd';
import Box from '@mui/material/Box';
import { type ReactNode, useState } from 'react';
import type { Board } from '../api/keys';
import { BoardColumn } from './board-column';
import { ClosingDropZones } from './closing-drop-zones';

interface DealBoardProps {
  board: Board;
  currency: string;
  /** Shown left of the Won / Lost targets, above the columns (the pipeline's figures). */
  header?: ReactNode;
  onMove(move: { dealId: string; stageId: string; index: number }): void;
}

/** Working stages as columns, left to right; drag a card within or across columns, or onto Won / Lost. */
export function DealBoard({ board, currency, header, onMove }: DealBoardProps) {
  const [dragging, setDragging] = useState(false);
  // A keyboard drop into another column mounts the card anew there, and the focus its title had is
  // lost; that card takes it back so the user can carry on from it (a mouse drop moves no focus).
  const [refocusDealId, setRefocusDealId] = useState<string | null>(null);
  const working = board.stages.filter((stage) => !stage.outcome);
  const closing = board.stages.filter((stage) => stage.outcome);

  function handleDragStart() {
    setDragging(true);
    setRefocusDealId(null);
  }

  function handleDragEnd(result: DropResult) {
    setDragging(false);
    const { destination, source, draggableId } = result;
    if (result.mode === 'SNAP') setRefocusDealId(draggableId);
    if (!destination) return;
    if (destination.droppableId === source.droppableId && destination.index === source.index) return;
    onMove({ dealId: draggableId, stageId: destination.droppableId, index: destination.index });
  }

  return (
    <DragDropContext onDragStart={handleDragStart} onDragEnd={handleDragEnd}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2.5 }}>
        <Box sx={{ flexGrow: 1 }}>{header}</Box>
        <ClosingDropZones stages={closing} dragging={dragging} />
      </Box>
      <Box sx={{ display: 'flex', gap: 1.5, overflowX: 'auto', pb: 2, alignItems: 'stretch', minHeight: 420 }}>
        {working.map((column) => (
          <BoardColumn key={column.id} column={column} currency={currency} refocusDealId={refocusDealId} />
        ))}
      </Box>
    </DragDropContext>
  );
}

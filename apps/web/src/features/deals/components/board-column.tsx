import { Draggable, type DraggableProvidedDragHandleProps, Droppable } from '@hello-pangea/dnd';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { BoardColumn as Column } from '../api/keys';
import { formatMoney } from '../../../lib/format';
import { DealCard } from './deal-card';

interface BoardColumnProps {
  column: Column;
  currency: string;
  /** The deal whose title takes the focus back when its card mounts here (see DealBoard). */
  refocusDealId: string | null;
}

/**
 * The whole card is the mouse's drag handle, but not a button: it holds the title link, and a
 * control inside a control is unusable with a screen reader. Keyboard users focus the title and
 * press space, and the library lifts the card around it; the title carries the instructions.
 */
function cardHandleProps({ role: _role, tabIndex: _tabIndex, 'aria-describedby': _instructions, ...handle }: DraggableProvidedDragHandleProps) {
  return handle;
}

/** One working stage: header with count, value and forecast, then its cards in order. */
export function BoardColumn({ column, currency, refocusDealId }: BoardColumnProps) {
  return (
    <Box
      component="section"
      aria-label={`${column.name} stage`}
      sx={{ flex: '1 0 0', minWidth: 232, maxWidth: 320, display: 'flex', flexDirection: 'column', bgcolor: 'grey.100', borderRadius: 3, border: 1, borderColor: 'grey.200' }}
    >
      <Box sx={{ px: 1.5, pt: 1.25, pb: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="subtitle2" component="h2" noWrap sx={{ flexGrow: 1, fontSize: '0.875rem' }}>
            {column.name}
          </Typography>
          <Box
            aria-label={`${column.count} deal${column.count === 1 ? '' : 's'}`}
            sx={{ px: 0.9, minWidth: 24, textAlign: 'center', borderRadius: 10, bgcolor: 'background.paper', border: 1, borderColor: 'grey.200', fontSize: '0.75rem', fontWeight: 700, color: 'text.secondary', lineHeight: '20px' }}
          >
            {column.count}
          </Box>
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', mt: 0.25 }}>
          <Typography variant="body2" sx={{ fontWeight: 700, color: 'text.primary', fontVariantNumeric: 'tabular-nums' }} data-testid="column-total">
            {formatMoney(column.totalValue, currency)}
          </Typography>
          <Tooltip title={`Forecast: value × ${column.probability}% win probability`}>
            <Typography variant="caption" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
              {column.probability}% · {formatMoney(column.weightedValue, currency, 1000)}
            </Typography>
          </Tooltip>
        </Box>
        <Box sx={{ mt: 1, height: 3, borderRadius: 2, bgcolor: 'grey.200', overflow: 'hidden' }}>
          <Box sx={{ width: `${column.probability}%`, height: '100%', bgcolor: 'primary.light' }} />
        </Box>
      </Box>
      <Droppable droppableId={column.id}>
        {(provided, snapshot) => (
          <Box
            ref={provided.innerRef}
            {...provided.droppableProps}
            sx={{
              flexGrow: 1,
              minHeight: 140,
              px: 1,
              pb: 1,
              borderRadius: '0 0 12px 12px',
              transition: 'background-color 120ms',
              bgcolor: snapshot.isDraggingOver ? 'rgba(79,70,229,0.06)' : 'transparent',
            }}
          >
            {column.deals.map((deal, index) => (
              <Draggable key={deal.id} draggableId={deal.id} index={index}>
                {(dragProvided, dragSnapshot) => (
                  <Box ref={dragProvided.innerRef} {...dragProvided.draggableProps} {...(dragProvided.dragHandleProps && cardHandleProps(dragProvided.dragHandleProps))} sx={{ mb: 1 }}>
                    <DealCard
                      deal={deal}
                      dragging={dragSnapshot.isDragging}
                      dragInstructionsId={dragProvided.dragHandleProps?.['aria-describedby']}
                      refocus={deal.id === refocusDealId}
                    />
                  </Box>
                )}
              </Draggable>
            ))}
            {provided.placeholder}
            {column.deals.length === 0 && !snapshot.isDraggingOver && (
              <Box sx={{ border: '1px dashed', borderColor: 'grey.300', borderRadius: 2, py: 3, textAlign: 'center' }}>
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                  Drop deals here
                </Typography>
              </Box>
            )}
          </Box>
        )}
      </Droppable>
    </Box>
  );
}

import { Droppable } from '@hello-pangea/dnd';
import EmojiEventsOutlined from '@mui/icons-material/EmojiEventsOutlined';
import ThumbDownOffAltOutlined from '@mui/icons-material/ThumbDownOffAltOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { BoardColumn } from '../api/keys';

/**
 * Won / Lost hold closed deals, which the board leaves out. They sit above the columns, always
 * in view whatever the board's width, as targets: dropping a card on one closes the deal.
 */
export function ClosingDropZones({ stages, dragging }: { stages: BoardColumn[]; dragging: boolean }) {
  if (stages.length === 0) return null;
  return (
    <Box component="section" aria-label="Close deals" sx={{ display: 'flex', gap: 1 }}>
      {stages.map((stage) => {
        const won = stage.outcome === 'won';
        const Icon = won ? EmojiEventsOutlined : ThumbDownOffAltOutlined;
        const tone = won ? { main: 'success.main', wash: 'rgba(22,163,74,0.12)' } : { main: 'error.main', wash: 'rgba(220,38,38,0.10)' };
        return (
          <Droppable key={stage.id} droppableId={stage.id}>
            {(provided, snapshot) => (
              <Box
                ref={provided.innerRef}
                {...provided.droppableProps}
                role="group"
                aria-label={`Mark as ${stage.outcome}`}
                sx={{
                  width: 132,
                  height: 56,
                  px: 1.5,
                  borderRadius: 2.5,
                  border: '2px dashed',
                  borderColor: dragging ? tone.main : 'grey.300',
                  bgcolor: snapshot.isDraggingOver ? tone.wash : 'background.paper',
                  color: dragging ? tone.main : 'text.secondary',
                  display: 'flex',
                  alignItems: 'center',
                  gap: 1,
                  position: 'relative',
                  overflow: 'hidden',
                  transition: 'background-color 120ms, border-color 120ms, color 120ms',
                }}
              >
                <Icon fontSize="small" />
                <Box sx={{ minWidth: 0 }}>
                  <Typography variant="subtitle2" noWrap sx={{ color: 'inherit', lineHeight: 1.3 }}>
                    {stage.name}
                  </Typography>
                  <Typography variant="caption" noWrap sx={{ color: 'inherit', opacity: 0.85, display: 'block', lineHeight: 1.3 }}>
                    Mark {stage.outcome}
                  </Typography>
                </Box>
                {/* The dragged card's placeholder must not stretch the zone; keep it out of the flow. */}
                <Box sx={{ position: 'absolute', inset: 0, opacity: 0, pointerEvents: 'none' }}>{provided.placeholder}</Box>
              </Box>
            )}
          </Droppable>
        );
      })}
    </Box>
  );
}

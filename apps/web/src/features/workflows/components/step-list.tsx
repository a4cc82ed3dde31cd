import { DragDropContext, Draggable, Droppable, type DropResult } from '@hello-pangea/dnd';
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { ACTIONS, newStep, type WorkflowDraft } from '../workflow-form';
import { StepCard, type StepOptions } from './step-card';

interface StepListProps {
  form: UseFormReturn<WorkflowDraft>;
  options: StepOptions;
}

/** The ordered steps: drag to reorder, add from a menu of actions, remove, switch off. */
export function StepList({ form, options }: StepListProps) {
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  // keyName: `id` is the saved step's own id, which the default key would overwrite; the key also names the draggable.
  const { fields: steps, append, move, remove } = useFieldArray({ control: form.control, name: 'steps', keyName: 'key' });

  function onDragEnd(result: DropResult) {
    if (!result.destination || result.destination.index === result.source.index) return;
    move(result.source.index, result.destination.index);
  }

  return (
    <Box>
      {steps.length === 0 && (
        <Typography variant="body2" sx={{ color: 'text.secondary', py: 3, textAlign: 'center' }}>
          No steps yet: add the first thing this workflow should do.
        </Typography>
      )}
      <DragDropContext onDragEnd={onDragEnd}>
        <Droppable droppableId="workflow-steps">
          {(drop) => (
            <Box ref={drop.innerRef} {...drop.droppableProps} component="ol" aria-label="Steps" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {steps.map((step, index) => (
                <Draggable key={step.key} draggableId={step.key} index={index}>
                  {(drag, snapshot) => (
                    <Box component="li" ref={drag.innerRef} {...drag.draggableProps}>
                      <StepCard form={form} index={index} options={options} dragHandleProps={drag.dragHandleProps} dragging={snapshot.isDragging} onRemove={() => remove(index)} />
                      {index < steps.length - 1 && <Box aria-hidden sx={{ width: 2, height: 20, bgcolor: 'grey.200', ml: '29px' }} />}
                    </Box>
                  )}
                </Draggable>
              ))}
              {drop.placeholder}
            </Box>
          )}
        </Droppable>
      </DragDropContext>
      <Button startIcon={<Add />} onClick={(e) => setMenuAnchor(e.currentTarget)} sx={{ mt: 2 }} variant="outlined" aria-haspopup="menu">
        Add step
      </Button>
      <Menu anchorEl={menuAnchor} open={Boolean(menuAnchor)} onClose={() => setMenuAnchor(null)}>
        {ACTIONS.map((action) => (
          <MenuItem
            key={action.value}
            onClick={() => {
              // The menu gives the focus back to its button as it closes; moving it into the new step would fight that.
              append(newStep(action.value), { shouldFocus: false });
              setMenuAnchor(null);
            }}
          >
            {action.label}
          </MenuItem>
        ))}
      </Menu>
    </Box>
  );
}

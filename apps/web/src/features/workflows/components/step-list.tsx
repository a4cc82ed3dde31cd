import { DragDropContext, Draggable, Droppable, type DropResult } from '@hello-pangea/dnd';
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ACTIONS, moveItem, newStep, type StepDraft, stepErrors } from '../workflow-form';
import { StepCard, type StepOptions } from './step-card';

interface StepListProps {
  steps: StepDraft[];
  onChange: (steps: StepDraft[]) => void;
  fieldErrors: Record<string, string>;
  options: StepOptions;
}

/** The ordered steps: drag to reorder, add from a menu of actions, remove, switch off. */
export function StepList({ steps, onChange, fieldErrors, options }: StepListProps) {
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);

  function onDragEnd(result: DropResult) {
    if (!result.destination || result.destination.index === result.source.index) return;
    onChange(moveItem(steps, result.source.index, result.destination.index));
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
                      <StepCard
                        step={step}
                        index={index}
                        errors={stepErrors(fieldErrors, index)}
                        options={options}
                        dragHandleProps={drag.dragHandleProps}
                        dragging={snapshot.isDragging}
                        onChange={(changes) => onChange(steps.map((s, i) => (i === index ? { ...s, ...changes } : s)))}
                        onRemove={() => onChange(steps.filter((_, i) => i !== index))}
                      />
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
              onChange([...steps, newStep(action.value)]);
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

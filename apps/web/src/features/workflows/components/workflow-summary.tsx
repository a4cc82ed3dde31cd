import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { usePipelineOptions, useTemplateOptions } from '../../../lib/lookups';
import { ownerProblem, stepSummary, stepTiming, triggerCondition, TRIGGERS, type Workflow, type WorkflowStep } from '../workflow-form';
import { SectionTitle } from './section-title';
import { StepNumber } from './step-number';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography variant="body1" component="div">
        {children}
      </Typography>
    </Box>
  );
}

/** An enabled “Assign to” step whose user was deactivated or deleted (a switched-off one is only skipped). */
function ownerFails(step: WorkflowStep): boolean {
  return step.action === 'assign_to' && step.isEnabled && ownerProblem({ userId: step.actionData.userId ?? '', assignee: step.assignee, isEnabled: true }) !== null;
}

/**
 * A workflow as text, for members: they may read workflows but not change them, and a builder
 * full of disabled inputs reads as broken. Same layout as the builder, so a manager and a member
 * looking at one workflow together see the same thing in the same place.
 */
export function WorkflowSummary({ workflow }: { workflow: Workflow }) {
  const templates = useTemplateOptions();
  const pipelines = usePipelineOptions();
  const trigger = TRIGGERS.find((t) => t.value === workflow.triggerEvent);
  const condition = triggerCondition(workflow.triggerEvent, workflow.triggerData, pipelines.data ?? []);
  const names = {
    // Without the list (it failed to load) the step still says what it does.
    template: (id: string) => (templates.data ? (templates.data.find((t) => t.id === id)?.name ?? 'a deleted template') : 'an email template'),
  };

  if (templates.isPending || pipelines.isPending) return <Skeleton variant="rounded" height={320} />;

  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: 'minmax(280px, 360px) 1fr' }, alignItems: 'start' }}>
      <Box sx={{ display: 'grid', gap: 3 }}>
        <Card>
          <CardContent>
            <SectionTitle>Details</SectionTitle>
            <Box sx={{ display: 'grid', gap: 2 }}>
              <Field label="Description">{workflow.description || <Box component="span" sx={{ color: 'text.secondary' }}>None</Box>}</Field>
              <Field label="Status">
                <Chip
                  size="small"
                  label={workflow.isActive ? 'Active: starts executions' : 'Inactive: starts nothing'}
                  color={workflow.isActive ? 'success' : 'default'}
                  variant="outlined"
                  sx={{ mt: 0.5 }}
                />
              </Field>
            </Box>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <SectionTitle>Trigger</SectionTitle>
            <Box sx={{ display: 'grid', gap: 2 }}>
              <Field label="Start when">
                {trigger?.label ?? workflow.triggerEvent}
                {trigger && (
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {trigger.description}
                  </Typography>
                )}
              </Field>
              {condition && <Field label="Condition">{condition}</Field>}
            </Box>
          </CardContent>
        </Card>
      </Box>
      <Card>
        <CardContent>
          <SectionTitle hint="Each step waits for its delay after the one before, then acts.">Steps</SectionTitle>
          {workflow.steps.length === 0 ? (
            <Typography variant="body2" sx={{ color: 'text.secondary', py: 3, textAlign: 'center' }}>
              No steps yet.
            </Typography>
          ) : (
            <Box component="ol" aria-label="Steps" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {workflow.steps.map((step, index) => {
                const timing = stepTiming(step, index);
                return (
                  <Box component="li" key={step.id} aria-label={`Step ${index + 1}`}>
                    <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', p: 2, borderRadius: 3, border: 1, borderColor: 'divider', bgcolor: step.isEnabled ? 'background.paper' : 'grey.50' }}>
                      <StepNumber index={index} enabled={step.isEnabled} />
                      <Box sx={{ flexGrow: 1, minWidth: 0, pt: 0.25 }}>
                        <Typography variant="body1" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
                          {stepSummary(step, names)}
                        </Typography>
                        {timing && (
                          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                            {timing}
                          </Typography>
                        )}
                        {ownerFails(step) && (
                          <Typography variant="body2" sx={{ color: 'warning.dark', mt: 0.5 }}>
                            This step fails when it runs: a manager or admin must pick an active user.
                          </Typography>
                        )}
                      </Box>
                      {!step.isEnabled && <Chip size="small" label="Switched off: skipped" />}
                    </Box>
                    {index < workflow.steps.length - 1 && <Box aria-hidden sx={{ width: 2, height: 20, bgcolor: 'grey.200', ml: '29px' }} />}
                  </Box>
                );
              })}
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}

import { toFormErrors } from '@corral/api-client';
import PlayArrow from '@mui/icons-material/PlayArrow';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { useActiveUserOptions, useTemplateOptions } from '../../../lib/lookups';
import { AccessNotice } from '../../../lib/ui/access-notice';
import { DisabledReason } from '../../../lib/ui/disabled-reason';
import { type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { isNotFound, NotFoundPanel } from '../../../lib/ui/not-found-panel';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { useUnsavedChanges } from '../../../lib/use-unsaved-changes';
import { useWorkflow } from '../api/get-workflow';
import { useSaveWorkflow } from '../api/save-workflow';
import { RunWorkflowDialog } from '../components/run-workflow-dialog';
import { SectionTitle } from '../components/section-title';
import { StepList } from '../components/step-list';
import { TriggerEditor } from '../components/trigger-editor';
import { WorkflowHeader } from '../components/workflow-header';
import { WorkflowSummary } from '../components/workflow-summary';
import { draftFromWorkflow, draftToInput, emptyDraft, type Workflow, type WorkflowDraft } from '../workflow-form';
import { usePageTitle } from '../../../lib/use-page-title';

/**
 * Why “Run now” is disabled, or null. The API refuses to run an inactive workflow, whoever asks;
 * members may run active ones (on their own contacts), so they keep the button too.
 */
function runBlockedReason(saved: Workflow, canEdit: boolean, draftActive: boolean | undefined): string | null {
  if (saved.isActive) return null;
  if (!canEdit) return 'Only active workflows run: a manager or admin can switch this one on';
  return draftActive ? 'Save the workflow to switch it on, then run it' : 'Switch the workflow on to run it';
}

/** `/workflows/new` and `/workflows/:workflowId`: the builder. */
export function Component() {
  const { workflowId } = useParams();
  const navigate = useNavigate();
  const canEdit = useCanManage();
  const existing = useWorkflow(workflowId);
  usePageTitle(workflowId ? existing.data?.name : 'New workflow', 'Workflows');
  const templates = useTemplateOptions();
  // To pick an “Assign to” step's owner from; a step names its current owner itself. Only admins and
  // managers may list users, and only they get the builder.
  const users = useActiveUserOptions(canEdit).data;
  const save = useSaveWorkflow();
  // What the page was loaded or last saved with; edits are `draft`.
  const [baseline, setBaseline] = useState<WorkflowDraft | null>(() => (workflowId ? null : emptyDraft()));
  const [draft, setDraft] = useState<WorkflowDraft | null>(baseline);
  const [errors, setErrors] = useState<{ detail: string; fieldErrors: Record<string, string> } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [running, setRunning] = useState(false);

  // Loaded once; later refetches (window focus) must not wipe edits in progress.
  useEffect(() => {
    if (existing.data && !draft) {
      const loaded = draftFromWorkflow(existing.data);
      setDraft(loaded);
      setBaseline(loaded);
    }
  }, [existing.data, draft]);

  // Dirty when saving would change something: compared as request bodies, so step keys and untrimmed spaces do not count.
  const dirty = useMemo(
    () => draft !== baseline && draft !== null && baseline !== null && JSON.stringify(draftToInput(draft)) !== JSON.stringify(draftToInput(baseline)),
    [draft, baseline],
  );
  const unsaved = useUnsavedChanges(dirty);

  const update = (changes: Partial<WorkflowDraft>) => setDraft((current) => (current ? { ...current, ...changes } : current));
  const fieldErrors = errors?.fieldErrors ?? {};

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setErrors(null);
    save.mutate(
      { id: workflowId, body: draftToInput(draft) },
      {
        onSuccess: (workflow) => {
          const savedDraft = draftFromWorkflow(workflow);
          setDraft(savedDraft);
          setBaseline(savedDraft);
          setNotice({ severity: 'success', message: 'Workflow saved.' });
          if (!workflowId) {
            unsaved.allowNavigation();
            navigate(`/workflows/${workflow.id}`, { replace: true });
          }
        },
        onError: (error) => setErrors(toFormErrors(error)),
      },
    );
  }

  if (workflowId && existing.isError) {
    return isNotFound(existing.error) ? (
      <NotFoundPanel title="Workflow not found" backTo="/workflows" backLabel="Back to workflows">
        It may have been deleted.
      </NotFoundPanel>
    ) : (
      <>
        <WorkflowHeader title="Workflow" />
        <QueryErrorAlert query={existing} prefix="The workflow could not be loaded" />
      </>
    );
  }
  if (!workflowId && !canEdit) {
    return (
      <>
        <WorkflowHeader title="New workflow" />
        <AccessNotice title="Only managers and admins create workflows">Ask one of them to automate what you need; you can look at every workflow and its executions.</AccessNotice>
      </>
    );
  }

  const title = workflowId ? (existing.data?.name ?? 'Workflow') : 'New workflow';
  const stepErrorCount = Object.keys(fieldErrors).filter((f) => f.startsWith('steps.')).length;
  const runBlocked = existing.data ? runBlockedReason(existing.data, canEdit, draft?.isActive) : null;
  const runButton = workflowId && existing.data?.triggerEvent === 'manual' && (
    <DisabledReason reason={runBlocked}>
      <Button variant="outlined" startIcon={<PlayArrow />} onClick={() => setRunning(true)} disabled={Boolean(runBlocked)}>
        Run now
      </Button>
    </DisabledReason>
  );
  const runDialog = existing.data && <RunWorkflowDialog workflow={existing.data} open={running} onClose={() => setRunning(false)} />;

  if (!canEdit) {
    return (
      <>
        <WorkflowHeader title={title} workflowId={workflowId} tab="builder" actions={runButton} />
        <Alert severity="info" sx={{ mb: 2 }}>
          Only managers and admins change workflows; you can look at them and their executions.
        </Alert>
        {existing.data ? <WorkflowSummary workflow={existing.data} /> : <Skeleton variant="rounded" height={320} />}
        {runDialog}
      </>
    );
  }

  return (
    <Box component="form" onSubmit={submit} noValidate>
      <WorkflowHeader
        title={title}
        workflowId={workflowId}
        tab="builder"
        description={workflowId ? undefined : 'Pick what starts the workflow, then the steps it runs for each contact.'}
        actions={
          <>
            {runButton}
            <DisabledReason reason={draft && !dirty && !save.isPending ? (workflowId ? 'No changes to save' : 'Name the workflow first') : null}>
              <Button type="submit" variant="contained" disabled={!draft || !dirty || save.isPending}>
                {save.isPending ? 'Saving…' : workflowId ? 'Save changes' : 'Create workflow'}
              </Button>
            </DisabledReason>
          </>
        }
      />

      {errors && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {errors.detail}
          {stepErrorCount > 0 && ' — see the highlighted steps.'}
        </Alert>
      )}

      {draft && !draft.isActive && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={() => update({ isActive: true })}>
              Switch on
            </Button>
          }
        >
          {workflowId
            ? 'This workflow is off: it starts nothing until you switch it on and save.'
            : 'New workflows start off, so nothing runs while you build. Switch it on when it is ready; it starts once saved.'}
        </Alert>
      )}

      {!draft ? (
        <Skeleton variant="rounded" height={320} />
      ) : (
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: 'minmax(280px, 360px) 1fr' }, alignItems: 'start' }}>
          <Box sx={{ display: 'grid', gap: 3 }}>
            <Card>
              <CardContent>
                <SectionTitle>Details</SectionTitle>
                <Box sx={{ display: 'grid', gap: 2 }}>
                  <TextField
                    label="Name"
                    required
                    value={draft.name}
                    onChange={(e) => update({ name: e.target.value })}
                    error={Boolean(fieldErrors.name)}
                    helperText={fieldErrors.name}
                    slotProps={{ htmlInput: { maxLength: 200 } }}
                  />
                  <TextField
                    label="Description"
                    multiline
                    minRows={2}
                    value={draft.description}
                    onChange={(e) => update({ description: e.target.value })}
                    error={Boolean(fieldErrors.description)}
                    helperText={fieldErrors.description}
                  />
                  <FormControlLabel
                    control={<Switch checked={draft.isActive} onChange={(e) => update({ isActive: e.target.checked })} />}
                    label={draft.isActive ? 'Active: starts executions' : 'Inactive: starts nothing'}
                  />
                </Box>
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <SectionTitle>Trigger</SectionTitle>
                <TriggerEditor value={draft} onChange={update} errors={fieldErrors} />
              </CardContent>
            </Card>
          </Box>
          <Card>
            <CardContent>
              <SectionTitle hint="Each step waits for its delay after the one before, then acts. Drag steps to reorder them.">Steps</SectionTitle>
              <StepList
                steps={draft.steps}
                onChange={(steps) => update({ steps })}
                fieldErrors={fieldErrors}
                options={{ templates: templates.data ?? [], users }}
              />
            </CardContent>
          </Card>
        </Box>
      )}

      {unsaved.prompt}
      {runDialog}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Box>
  );
}

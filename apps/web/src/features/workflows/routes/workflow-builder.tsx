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
import { type ReactNode, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { useCanManage, useCurrentUser } from '../../../lib/auth';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { useActiveUserOptions, useTemplateOptions, useWebhookEndpointOptions } from '../../../lib/lookups';
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
import { draftFromWorkflow, draftToInput, emptyDraft, type Workflow, type WorkflowDraft, workflowFormFields } from '../workflow-form';
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
  const canEdit = useCanManage();
  const existing = useWorkflow(workflowId);
  usePageTitle(workflowId ? existing.data?.name : 'New workflow', 'Workflows');
  const [running, setRunning] = useState(false);

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
  const runButton = (draftActive: boolean | undefined) => {
    if (!workflowId || existing.data?.triggerEvent !== 'manual') return null;
    const runBlocked = runBlockedReason(existing.data, canEdit, draftActive);
    return (
      <DisabledReason reason={runBlocked}>
        <Button variant="outlined" startIcon={<PlayArrow />} onClick={() => setRunning(true)} disabled={Boolean(runBlocked)}>
          Run now
        </Button>
      </DisabledReason>
    );
  };
  const runDialog = existing.data && <RunWorkflowDialog workflow={existing.data} open={running} onClose={() => setRunning(false)} />;

  if (!canEdit) {
    return (
      <>
        <WorkflowHeader title={title} workflowId={workflowId} tab="builder" actions={runButton(undefined)} />
        <Alert severity="info" sx={{ mb: 2 }}>
          Only managers and admins change workflows; you can look at them and their executions.
        </Alert>
        {existing.data ? <WorkflowSummary workflow={existing.data} /> : <Skeleton variant="rounded" height={320} />}
        {runDialog}
      </>
    );
  }
  if (workflowId && !existing.data) {
    return (
      <>
        <WorkflowHeader title={title} workflowId={workflowId} tab="builder" />
        <Skeleton variant="rounded" height={320} />
      </>
    );
  }
  // Mounted once with what was loaded (a create lands here with the saved workflow, so the form stays): later refetches (window focus) must not wipe edits in progress.
  return <Builder workflow={existing.data} title={title} runButton={runButton} runDialog={runDialog} />;
}

interface BuilderProps {
  /** The saved workflow; none for a new one. */
  workflow: Workflow | undefined;
  title: string;
  runButton: (draftActive: boolean) => ReactNode;
  runDialog: ReactNode;
}

function Builder({ workflow, title, runButton, runDialog }: BuilderProps) {
  const navigate = useNavigate();
  const templates = useTemplateOptions();
  // To pick an “Assign to” step's owner from; a step names its current owner itself. Only admins and
  // managers may list users, and only they get the builder.
  const users = useActiveUserOptions(true).data;
  // A “Send webhook” step's endpoint: the endpoints API is for admins only.
  const isAdmin = useCurrentUser().role === 'admin';
  const endpoints = useWebhookEndpointOptions(isAdmin).data;
  const save = useSaveWorkflow();
  const form = useForm<WorkflowDraft>({ defaultValues: workflow ? draftFromWorkflow(workflow) : emptyDraft() });
  const draft = form.watch();
  const [detail, setDetail] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  // The baseline is what the page was loaded or last saved with (the reset after a save). Dirty when saving would
  // change something: compared as request bodies, so untrimmed spaces and leftovers of another action do not count.
  const baseline = form.formState.defaultValues as WorkflowDraft;
  const dirty = JSON.stringify(draftToInput(draft)) !== JSON.stringify(draftToInput(baseline));
  const unsaved = useUnsavedChanges(dirty);

  function submit(values: WorkflowDraft) {
    save.mutate(
      { id: workflow?.id, body: draftToInput(values) },
      {
        onSuccess: (saved) => {
          // The server's copy (new steps' ids, trimmed tags) is the new baseline and what is edited next.
          form.reset(draftFromWorkflow(saved));
          setNotice({ severity: 'success', message: 'Workflow saved.' });
          if (!workflow) {
            unsaved.allowNavigation();
            navigate(`/workflows/${saved.id}`, { replace: true });
          }
        },
        onError: (error) => setDetail(showProblem(form, error, workflowFormFields(values.steps.length))),
      },
    );
  }

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        // Errors from the last answer go, or one the API set on a field without rules would block the save.
        form.clearErrors();
        setDetail(null);
        return form.handleSubmit(submit)(event);
      }}
    >
      <WorkflowHeader
        title={title}
        workflowId={workflow?.id}
        tab="builder"
        description={workflow ? undefined : 'Pick what starts the workflow, then the steps it runs for each contact.'}
        actions={
          <>
            {runButton(draft.isActive)}
            <DisabledReason reason={!dirty && !save.isPending ? (workflow ? 'No changes to save' : 'Name the workflow first') : null}>
              <Button type="submit" variant="contained" disabled={!dirty || save.isPending}>
                {save.isPending ? 'Saving…' : workflow ? 'Save changes' : 'Create workflow'}
              </Button>
            </DisabledReason>
          </>
        }
      />

      {detail && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {detail}
        </Alert>
      )}

      {!draft.isActive && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={() => form.setValue('isActive', true, { shouldDirty: true })}>
              Switch on
            </Button>
          }
        >
          {workflow
            ? 'This workflow is off: it starts nothing until you switch it on and save.'
            : 'New workflows start off, so nothing runs while you build. Switch it on when it is ready; it starts once saved.'}
        </Alert>
      )}

      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: 'minmax(280px, 360px) 1fr' }, alignItems: 'start' }}>
        <Box sx={{ display: 'grid', gap: 3 }}>
          <Card>
            <CardContent>
              <SectionTitle>Details</SectionTitle>
              <Box sx={{ display: 'grid', gap: 2 }}>
                <TextField
                  label="Name"
                  required
                  {...textFieldProps(form, 'name', { validate: (name) => name.trim() !== '' || 'Give the workflow a name' })}
                  slotProps={{ htmlInput: { maxLength: 200 } }}
                />
                <TextField label="Description" multiline minRows={2} {...textFieldProps(form, 'description')} />
                <Controller
                  control={form.control}
                  name="isActive"
                  render={({ field: { ref: _ref, value, ...field } }) => (
                    <FormControlLabel control={<Switch {...field} checked={value} />} label={value ? 'Active: starts executions' : 'Inactive: starts nothing'} />
                  )}
                />
              </Box>
            </CardContent>
          </Card>
          <Card>
            <CardContent>
              <SectionTitle>Trigger</SectionTitle>
              <TriggerEditor form={form} />
            </CardContent>
          </Card>
        </Box>
        <Card>
          <CardContent>
            <SectionTitle hint="Each step waits for its delay after the one before, then acts. Drag steps to reorder them.">Steps</SectionTitle>
            <StepList form={form} options={{ templates: templates.data ?? [], users, endpoints: isAdmin ? (endpoints ?? []) : undefined }} />
          </CardContent>
        </Card>
      </Box>

      {unsaved.prompt}
      {runDialog}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Box>
  );
}

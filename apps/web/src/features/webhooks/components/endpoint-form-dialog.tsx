import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import type { WebhookEndpoint } from '../api/get-endpoints';
import { useCreateEndpoint, useUpdateEndpoint } from '../api/mutate-endpoint';
import { EventsPicker } from './events-picker';

interface EndpointValues {
  url: string;
  description: string;
  events: string[];
}

interface EndpointFormDialogProps {
  /** The endpoint to edit, 'new' to create one, null when closed. */
  endpoint: WebhookEndpoint | 'new' | null;
  onClose(): void;
  /** After a create: the endpoint and the secret the API shows once. */
  onCreated(endpoint: WebhookEndpoint, secret: string): void;
  onSaved(message: string): void;
}

export function EndpointFormDialog({ endpoint, onClose, onCreated, onSaved }: EndpointFormDialogProps) {
  const create = useCreateEndpoint();
  const update = useUpdateEndpoint();
  const pending = create.isPending || update.isPending;
  return (
    <ActionDialog
      open={endpoint !== null}
      pending={pending}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      slotProps={{
        transition: {
          onExited: () => {
            create.reset();
            update.reset();
          },
        },
      }}
    >
      {endpoint && <EndpointForm endpoint={endpoint} create={create} update={update} onClose={onClose} onCreated={onCreated} onSaved={onSaved} />}
    </ActionDialog>
  );
}

function EndpointForm({
  endpoint,
  create,
  update,
  onClose,
  onCreated,
  onSaved,
}: Omit<EndpointFormDialogProps, 'endpoint'> & {
  endpoint: WebhookEndpoint | 'new';
  create: ReturnType<typeof useCreateEndpoint>;
  update: ReturnType<typeof useUpdateEndpoint>;
}) {
  const editing = endpoint === 'new' ? null : endpoint;
  const form = useForm<EndpointValues>({
    defaultValues: { url: editing?.url ?? '', description: editing?.description ?? '', events: editing ? [...editing.events] : [] },
  });
  const [detail, setDetail] = useState<string | null>(null);
  const fail = (error: unknown) => setDetail(showProblem(form, error, ['url', 'description', 'events']));

  function submit(values: EndpointValues) {
    setDetail(null);
    const body = { url: values.url.trim(), description: values.description.trim(), events: values.events as WebhookEndpoint['events'] };
    if (editing) {
      update.mutate(
        { id: editing.id, changes: body },
        {
          onSuccess: () => {
            onSaved(`The webhook to ${body.url} was saved.`);
            onClose();
          },
          onError: fail,
        },
      );
    } else {
      create.mutate({ ...body, isActive: true }, {
        onSuccess: (created) => {
          onCreated(created, created.secret);
          onClose();
        },
        onError: fail,
      });
    }
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)}>
      <DialogTitle>{editing ? 'Edit webhook' : 'Add webhook'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {detail && <Alert severity="error">{detail}</Alert>}
          <TextField
            label="Endpoint URL"
            type="url"
            autoFocus
            fullWidth
            placeholder="https://example.com/webhooks/corral"
            {...textFieldProps(form, 'url', { required: 'Enter the URL Corral posts events to' }, 'Corral sends a signed POST here for each event you choose.')}
          />
          <TextField label="Description" fullWidth {...textFieldProps(form, 'description', undefined, 'Optional: what receives these events.')} />
          <Controller
            control={form.control}
            name="events"
            rules={{ validate: (events) => events.length > 0 || 'Choose at least one event' }}
            render={({ field, fieldState }) => <EventsPicker value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
          />
        </Stack>
      </DialogContent>
      <DialogButtons confirmLabel={editing ? 'Save webhook' : 'Add webhook'} pending={create.isPending || update.isPending} onCancel={onClose} />
    </form>
  );
}

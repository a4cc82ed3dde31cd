import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import type { Topic } from '../../../lib/topics/use-topics';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { useCreateTopic, useUpdateTopic } from '../api/save-topic';

interface TopicFormValues {
  name: string;
  description: string;
  requiresOptIn: boolean;
}

interface TopicFormDialogProps {
  open: boolean;
  /** Edit this topic; create one when absent. */
  topic?: Topic;
  onClose(): void;
  onSaved(topic: Topic): void;
}

/** Create a topic or edit one: its name (unique), what it is about, and whether contacts must opt in. */
export function TopicFormDialog({ open, topic, onClose, onSaved }: TopicFormDialogProps) {
  const create = useCreateTopic();
  const update = useUpdateTopic();
  const pending = create.isPending || update.isPending;
  return (
    <ActionDialog open={open} pending={pending} onClose={onClose} fullWidth maxWidth="sm">
      {/* Mounted with each opening, so every opening starts from the topic as it is. */}
      <TopicForm topic={topic} create={create} update={update} pending={pending} onClose={onClose} onSaved={onSaved} />
    </ActionDialog>
  );
}

interface TopicFormProps extends Omit<TopicFormDialogProps, 'open'> {
  create: ReturnType<typeof useCreateTopic>;
  update: ReturnType<typeof useUpdateTopic>;
  pending: boolean;
}

function TopicForm({ topic, create, update, pending, onClose, onSaved }: TopicFormProps) {
  const form = useForm<TopicFormValues>({
    defaultValues: { name: topic?.name ?? '', description: topic?.description ?? '', requiresOptIn: topic?.requiresOptIn ?? false },
  });
  const [detail, setDetail] = useState<string | null>(null);
  const requiresOptIn = form.watch('requiresOptIn');

  function submit(values: TopicFormValues) {
    setDetail(null);
    const body = { name: values.name.trim(), description: values.description.trim() || null, requiresOptIn: values.requiresOptIn };
    const callbacks = {
      onSuccess: (saved: Topic) => {
        onSaved(saved);
        onClose();
      },
      onError: (error: unknown) => setDetail(showProblem(form, error, ['name', 'description', 'requiresOptIn'])),
    };
    if (topic) update.mutate({ id: topic.id, changes: body }, callbacks);
    else create.mutate(body, callbacks);
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)}>
      <DialogTitle>{topic ? `Edit topic “${topic.name}”` : 'New topic'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {detail && <Alert severity="error">{detail}</Alert>}
          <TextField
            label="Name"
            required
            autoFocus
            fullWidth
            {...textFieldProps(form, 'name', { validate: (v) => Boolean(String(v).trim()) || 'Enter a name' }, 'What contacts see in the preference centre, e.g. “Product news”')}
          />
          <TextField label="Description" fullWidth multiline minRows={2} {...textFieldProps(form, 'description', undefined, 'Shown under the name in the preference centre')} />
          <div>
            <FormControlLabel
              control={<Checkbox checked={requiresOptIn} onChange={(e) => form.setValue('requiresOptIn', e.target.checked, { shouldDirty: true })} />}
              label="Requires opt-in"
            />
            <FormHelperText sx={{ mt: 0 }}>
              {requiresOptIn
                ? 'Only contacts who subscribed (by a form, an import with opt-in proof, or by hand) get its campaigns.'
                : 'Every contact gets its campaigns until they unsubscribe from it.'}
            </FormHelperText>
          </div>
        </Stack>
      </DialogContent>
      <DialogButtons confirmLabel={topic ? 'Save changes' : 'Create topic'} pending={pending} onCancel={onClose} />
    </form>
  );
}

import CallOutlined from '@mui/icons-material/CallOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import MailOutline from '@mui/icons-material/MailOutlined';
import StickyNote2Outlined from '@mui/icons-material/StickyNote2Outlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { type ReactElement, useState } from 'react';
import { useForm } from 'react-hook-form';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { type ActivityInput, useCreateActivity } from '../api/activities';

type ManualType = ActivityInput['type'];

const TYPES: { value: ManualType; label: string; icon: ReactElement; placeholder: string }[] = [
  { value: 'note', label: 'Note', icon: <StickyNote2Outlined fontSize="small" />, placeholder: 'e.g. Budget approved for Q3' },
  { value: 'call', label: 'Call', icon: <CallOutlined fontSize="small" />, placeholder: 'e.g. Discovery call' },
  { value: 'meeting', label: 'Meeting', icon: <EventOutlined fontSize="small" />, placeholder: 'e.g. Product demo with the team' },
  { value: 'email', label: 'Email', icon: <MailOutline fontSize="small" />, placeholder: 'e.g. Sent the pricing overview' },
  { value: 'task', label: 'Task', icon: <TaskAltOutlined fontSize="small" />, placeholder: 'e.g. Send the contract draft' },
];

/** Log a note, call, meeting, email or task on the contact's timeline. */
export function AddActivityForm({ contactId }: { contactId: string }) {
  const create = useCreateActivity();
  const [type, setType] = useState<ManualType>('note');
  const form = useForm({ defaultValues: { title: '', description: '' } });
  const [detail, setDetail] = useState<string | null>(null);
  const current = TYPES.find((t) => t.value === type) ?? TYPES[0];

  function submit({ title, description }: { title: string; description: string }) {
    setDetail(null);
    create.mutate(
      { id: contactId, body: { type, title, description: description || null } },
      {
        onSuccess: () => form.reset(),
        onError: (error) => setDetail(showProblem(form, error, ['title', 'description'])),
      },
    );
  }

  return (
    <Box component="form" noValidate onSubmit={form.handleSubmit(submit)} aria-label="Log activity" sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <ToggleButtonGroup exclusive size="small" value={type} onChange={(_, next: ManualType | null) => next && setType(next)} aria-label="Activity type" sx={{ flexWrap: 'wrap' }}>
        {TYPES.map((t) => (
          <ToggleButton key={t.value} value={t.value} sx={{ gap: 0.75, px: 1.5, textTransform: 'none', fontWeight: 600 }}>
            {t.icon}
            {t.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {detail && <Alert severity="error">{detail}</Alert>}
      <TextField size="small" label="Title" placeholder={current.placeholder} {...textFieldProps(form, 'title')} fullWidth />
      <TextField size="small" label="Details" multiline minRows={2} {...textFieldProps(form, 'description')} fullWidth />
      <Box>
        <Button type="submit" variant="contained" size="small" loading={create.isPending} disabled={!form.watch('title').trim()}>
          Add {current.label.toLowerCase()}
        </Button>
      </Box>
    </Box>
  );
}

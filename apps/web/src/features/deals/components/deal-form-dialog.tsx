import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type FormEvent, useState } from 'react';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { ownerOptions } from '../../../lib/ui/owner-options';
import { useCurrentUser } from '../../../lib/auth';
import { useFormErrors } from '../../../lib/use-form-errors';
import { type CompanyOption, CompanyPicker, type ContactOption, ContactPicker } from '../../../lib/ui/entity-pickers';
import type { Deal, Pipeline } from '../api/keys';
import { useOwners } from '../api/get-owners';
import { useCreateDeal, useUpdateDeal } from '../api/mutate-deal';
import { COMMON_CURRENCIES } from '../format';

interface FormValues {
  title: string;
  value: string;
  currency: string;
  pipelineId: string;
  stageId: string;
  assignedToId: string;
  closeDate: string;
  description: string;
  contact: ContactOption | null;
  company: CompanyOption | null;
}

function initialValues(deal: Deal | undefined, pipeline: Pipeline | undefined, meId: string): FormValues {
  if (deal) {
    return {
      title: deal.title,
      value: String(deal.value),
      currency: deal.currency,
      pipelineId: deal.pipelineId,
      stageId: deal.stageId,
      assignedToId: deal.assignedToId ?? '',
      closeDate: deal.closeDate ?? '',
      description: deal.description ?? '',
      contact: deal.contact ? { ...deal.contact, company: deal.company } : null,
      company: deal.company,
    };
  }
  return {
    title: '',
    value: '',
    currency: 'USD',
    pipelineId: pipeline?.id ?? '',
    stageId: pipeline?.stages.find((s) => !s.outcome)?.id ?? '',
    assignedToId: meId,
    closeDate: '',
    description: '',
    contact: null,
    company: null,
  };
}

interface DealFormDialogProps {
  open: boolean;
  /** Editing this deal; creating when absent. */
  deal?: Deal;
  pipelines: Pipeline[];
  /** Preselected pipeline for a new deal (the one on screen). */
  pipelineId?: string;
  onClose(): void;
  onSaved(deal: Deal): void;
}

/** Create or edit a deal; the API's field errors land under their fields. */
/** The fields the dialog shows, as the API names them. */
const DEAL_FIELDS = ['title', 'value', 'currency', 'contactId', 'companyId', 'pipelineId', 'stageId', 'closeDate', 'assignedToId', 'description'] as const;

export function DealFormDialog(props: DealFormDialogProps) {
  // Remount per opening so the form starts from the deal (or blank) each time.
  return props.open ? <DealForm key={props.deal?.id ?? 'new'} {...props} /> : null;
}

function DealForm({ deal, pipelines, pipelineId, onClose, onSaved }: DealFormDialogProps) {
  const me = useCurrentUser();
  const { owners, canAssign } = useOwners();
  const createDeal = useCreateDeal();
  const updateDeal = useUpdateDeal();
  const saving = createDeal.isPending || updateDeal.isPending;
  const [values, setValues] = useState<FormValues>(() =>
    initialValues(deal, pipelines.find((p) => p.id === pipelineId) ?? pipelines[0], me.id),
  );
  const { fieldErrors, detail, clearErrors, showErrors } = useFormErrors(DEAL_FIELDS);
  const pipeline = pipelines.find((p) => p.id === values.pipelineId);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  function chooseContact(contact: ContactOption | null) {
    // A deal is usually with the contact's company; fill it in unless one was chosen already.
    setValues((current) => ({ ...current, contact, company: current.company ?? contact?.company ?? null }));
  }

  function choosePipeline(id: string) {
    const next = pipelines.find((p) => p.id === id);
    setValues((current) => ({ ...current, pipelineId: id, stageId: next?.stages.find((s) => !s.outcome)?.id ?? '' }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearErrors();
    const body = {
      title: values.title,
      ...(values.value.trim() !== '' && { value: Number(values.value) }),
      currency: values.currency,
      pipelineId: values.pipelineId,
      stageId: values.stageId,
      contactId: values.contact?.id ?? null,
      companyId: values.company?.id ?? null,
      closeDate: values.closeDate || null,
      description: values.description.trim() ? values.description : null,
      ...(canAssign && { assignedToId: values.assignedToId || null }),
    };
    const handlers = {
      onSuccess: (saved: Deal) => {
        onSaved(saved);
        onClose();
      },
      onError: showErrors,
    };
    if (deal) updateDeal.mutate({ id: deal.id, changes: body }, handlers);
    else createDeal.mutate(body, handlers);
  }

  const error = (field: string) => ({ error: Boolean(fieldErrors[field]), helperText: fieldErrors[field] });

  return (
    <ActionDialog open pending={saving} onClose={onClose} fullWidth maxWidth="sm">
      <form noValidate onSubmit={handleSubmit}>
        <DialogTitle>{deal ? 'Edit deal' : 'New deal'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {detail && <Alert severity="error">{detail}</Alert>}
            <TextField label="Title" autoFocus fullWidth value={values.title} onChange={(e) => set('title', e.target.value)} {...error('title')} />
            <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 2 }}>
              <TextField
                label="Value"
                type="number"
                value={values.value}
                onChange={(e) => set('value', e.target.value)}
                slotProps={{ htmlInput: { min: 0, step: '0.01', inputMode: 'decimal' }, input: { startAdornment: <InputAdornment position="start">{values.currency}</InputAdornment> } }}
                {...error('value')}
              />
              <TextField select label="Currency" value={values.currency} onChange={(e) => set('currency', e.target.value)} {...error('currency')}>
                {[...new Set([values.currency, ...COMMON_CURRENCIES])].map((code) => (
                  <MenuItem key={code} value={code}>
                    {code}
                  </MenuItem>
                ))}
              </TextField>
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
              <ContactPicker value={values.contact} onChange={chooseContact} error={fieldErrors.contactId} />
              <CompanyPicker value={values.company} onChange={(company) => set('company', company)} error={fieldErrors.companyId} />
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
              <TextField select label="Pipeline" value={values.pipelineId} onChange={(e) => choosePipeline(e.target.value)} {...error('pipelineId')}>
                {pipelines.map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select label="Stage" value={values.stageId} onChange={(e) => set('stageId', e.target.value)} {...error('stageId')}>
                {(pipeline?.stages ?? []).map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                    {s.outcome ? ` (marks ${s.outcome})` : ` · ${s.probability}%`}
                  </MenuItem>
                ))}
              </TextField>
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
              <TextField
                select
                label="Owner"
                value={values.assignedToId}
                onChange={(e) => set('assignedToId', e.target.value)}
                disabled={!canAssign}
                {...error('assignedToId')}
                helperText={fieldErrors.assignedToId ?? (canAssign ? undefined : 'Your deals are yours')}
              >
                {ownerOptions(owners, '', deal ? deal.assignedTo : me)}
              </TextField>
              <TextField
                label="Expected close date"
                type="date"
                value={values.closeDate}
                onChange={(e) => set('closeDate', e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
                {...error('closeDate')}
              />
            </Box>
            <TextField label="Description" multiline minRows={3} fullWidth value={values.description} onChange={(e) => set('description', e.target.value)} {...error('description')} />
          </Stack>
        </DialogContent>
        <DialogButtons confirmLabel={deal ? 'Save changes' : 'Create deal'} pending={saving} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}

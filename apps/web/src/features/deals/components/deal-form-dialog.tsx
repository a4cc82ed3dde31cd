import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { controlledFieldProps, fieldErrorProps, showProblem, textFieldProps } from '../../../lib/form-fields';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { ownerOptions } from '../../../lib/ui/owner-options';
import { useCurrentUser } from '../../../lib/auth';
import { type CompanyOption, CompanyPicker, type ContactOption, ContactPicker } from '../../../lib/ui/entity-pickers';
import type { Deal, Pipeline } from '../api/keys';
import { useOwners } from '../api/get-owners';
import { useCreateDeal, useUpdateDeal } from '../api/mutate-deal';
import { COMMON_CURRENCIES } from '../format';
import { type CustomFieldDrafts, customFieldChanges, customFieldErrorPaths } from '../../../lib/custom-fields/custom-field-values';
import { CustomFieldsFormSection } from '../../../lib/custom-fields/custom-fields-form-section';
import { useFieldDefinitions } from '../../../lib/custom-fields/use-field-definitions';

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
  customFields: CustomFieldDrafts;
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
      // Each custom field's input brings its own default (CustomFieldFormInput).
      customFields: {},
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
    customFields: {},
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

/** The fields the dialog shows, by the API's names (the pickers are `contactId` and `companyId` there). */
const DEAL_FIELDS: Record<string, FieldPath<FormValues>> = {
  title: 'title',
  value: 'value',
  currency: 'currency',
  contactId: 'contact',
  companyId: 'company',
  pipelineId: 'pipelineId',
  stageId: 'stageId',
  closeDate: 'closeDate',
  assignedToId: 'assignedToId',
  description: 'description',
};

/** Create or edit a deal; the API's field errors land under their fields. */
export function DealFormDialog(props: DealFormDialogProps) {
  // Remount per opening so the form starts from the deal (or blank) each time.
  return props.open ? <DealForm key={props.deal?.id ?? 'new'} {...props} /> : null;
}

function DealForm({ deal, pipelines, pipelineId, onClose, onSaved }: DealFormDialogProps) {
  const me = useCurrentUser();
  const { owners, canAssign } = useOwners();
  const createDeal = useCreateDeal();
  const updateDeal = useUpdateDeal();
  const definitions = useFieldDefinitions('deal').data ?? [];
  const saving = createDeal.isPending || updateDeal.isPending;
  const form = useForm<FormValues>({ defaultValues: initialValues(deal, pipelines.find((p) => p.id === pipelineId) ?? pipelines[0], me.id) });
  const [detail, setDetail] = useState<string | null>(null);
  const [currency, contact, company, chosenPipelineId] = form.watch(['currency', 'contact', 'company', 'pipelineId']);
  const pipeline = pipelines.find((p) => p.id === chosenPipelineId);
  const set = { shouldDirty: true };

  function chooseContact(next: ContactOption | null) {
    form.setValue('contact', next, set);
    // A deal is usually with the contact's company; fill it in unless one was chosen already.
    if (!form.getValues('company')) form.setValue('company', next?.company ?? null, set);
  }

  function choosePipeline(id: string) {
    const next = pipelines.find((p) => p.id === id);
    form.setValue('pipelineId', id, set);
    form.setValue('stageId', next?.stages.find((s) => !s.outcome)?.id ?? '', set);
  }

  function submit(values: FormValues) {
    setDetail(null);
    const customFields = customFieldChanges(definitions, values.customFields, deal ? deal.customFields : undefined);
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
      ...(customFields && { customFields }),
    };
    const handlers = {
      onSuccess: (saved: Deal) => {
        onSaved(saved);
        onClose();
      },
      onError: (error: unknown) => setDetail(showProblem(form, error, { ...DEAL_FIELDS, ...customFieldErrorPaths(definitions) })),
    };
    if (deal) updateDeal.mutate({ id: deal.id, changes: body }, handlers);
    else createDeal.mutate(body, handlers);
  }

  return (
    <ActionDialog open pending={saving} onClose={onClose} fullWidth maxWidth="sm">
      <form noValidate onSubmit={form.handleSubmit(submit)}>
        <DialogTitle>{deal ? 'Edit deal' : 'New deal'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {detail && <Alert severity="error">{detail}</Alert>}
            <TextField label="Title" autoFocus fullWidth {...textFieldProps(form, 'title')} />
            <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 2 }}>
              <TextField
                label="Value"
                type="number"
                {...textFieldProps(form, 'value')}
                slotProps={{ htmlInput: { min: 0, step: '0.01', inputMode: 'decimal' }, input: { startAdornment: <InputAdornment position="start">{currency}</InputAdornment> } }}
              />
              <TextField select label="Currency" {...controlledFieldProps(form, 'currency')}>
                {[...new Set([currency, ...COMMON_CURRENCIES])].map((code) => (
                  <MenuItem key={code} value={code}>
                    {code}
                  </MenuItem>
                ))}
              </TextField>
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
              <ContactPicker value={contact} onChange={chooseContact} error={fieldErrorProps(form, 'contact').helperText} />
              <CompanyPicker value={company} onChange={(next) => form.setValue('company', next, set)} error={fieldErrorProps(form, 'company').helperText} />
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
              <TextField select label="Pipeline" {...controlledFieldProps(form, 'pipelineId')} onChange={(e) => choosePipeline(e.target.value)}>
                {pipelines.map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select label="Stage" {...controlledFieldProps(form, 'stageId')}>
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
                {...controlledFieldProps(form, 'assignedToId', canAssign ? undefined : 'Your deals are yours')}
                disabled={!canAssign}
              >
                {ownerOptions(owners, '', deal ? deal.assignedTo : me)}
              </TextField>
              <TextField
                label="Expected close date"
                type="date"
                {...textFieldProps(form, 'closeDate')}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </Box>
            <TextField label="Description" multiline minRows={3} fullWidth {...textFieldProps(form, 'description')} />
            <CustomFieldsFormSection form={form} definitions={definitions} original={deal?.customFields} />
          </Stack>
        </DialogContent>
        <DialogButtons confirmLabel={deal ? 'Save changes' : 'Create deal'} pending={saving} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}

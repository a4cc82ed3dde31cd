import Add from '@mui/icons-material/Add';
import ArrowBack from '@mui/icons-material/ArrowBack';
import CodeOutlined from '@mui/icons-material/CodeOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Controller, type FieldPath, useFieldArray, useForm, type UseFormReturn } from 'react-hook-form';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import type { FieldDefinition } from '../../../lib/custom-fields/field-types';
import { useFieldDefinitions } from '../../../lib/custom-fields/use-field-definitions';
import { controllerFieldProps, showProblem, textFieldProps } from '../../../lib/form-fields';
import { useTemplateOptions } from '../../../lib/lookups';
import { AccessNotice } from '../../../lib/ui/access-notice';
import { DeleteButton } from '../../../lib/ui/delete-button';
import { isNotFound, NotFoundPanel } from '../../../lib/ui/not-found-panel';
import { type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { PageHeader } from '../../../lib/ui/page-header';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useUnsavedChanges } from '../../../lib/use-unsaved-changes';
import { type SignupForm, type Topic, useDeleteForm, useSaveForm, useSignupForm, useTopicOptions } from '../api/forms';
import { EmbedDialog } from '../components/embed-dialog';

interface BuilderValues {
  name: string;
  fields: { field: string; label: string; required: boolean }[];
  topicIds: string[];
  tags: string[];
  doubleOptIn: boolean;
  after: 'message' | 'redirect';
  successMessage: string;
  redirectUrl: string;
  confirmationTemplateId: string;
}

/** A field the form can ask for: the contact's own fields, then its custom fields. */
interface CatalogField {
  field: string;
  label: string;
  /** The input the hosted page shows, for the preview. */
  type: string;
  options: { value: string; label: string }[];
}

const BUILT_IN: CatalogField[] = [
  { field: 'email', label: 'Email', type: 'email', options: [] },
  { field: 'firstName', label: 'First name', type: 'text', options: [] },
  { field: 'lastName', label: 'Last name', type: 'text', options: [] },
  { field: 'phone', label: 'Phone', type: 'tel', options: [] },
];

function catalogOf(custom: FieldDefinition[]): CatalogField[] {
  return [...BUILT_IN, ...custom.map((d) => ({ field: `cf.${d.key}`, label: d.label, type: d.type, options: d.options ?? [] }))];
}

function toValues(form: SignupForm | undefined, custom: FieldDefinition[]): BuilderValues {
  // A new form starts with what every signup needs: the address, and each required custom field.
  const required = custom.filter((d) => d.required).map((d) => ({ field: `cf.${d.key}`, label: d.label, required: true }));
  return {
    name: form?.name ?? '',
    fields: form?.fields ?? [{ field: 'email', label: 'Email', required: true }, { field: 'firstName', label: 'First name', required: false }, ...required],
    topicIds: form?.topicIds ?? [],
    tags: form?.tags ?? [],
    doubleOptIn: form?.doubleOptIn ?? true,
    after: form?.redirectUrl ? 'redirect' : 'message',
    successMessage: form?.successMessage ?? '',
    redirectUrl: form?.redirectUrl ?? '',
    confirmationTemplateId: form?.confirmationTemplateId ?? '',
  };
}

/** The sentence the hosted page shows under the form (apps/api forms/form-rules.ts consentText). */
function consentText(topicNames: string[], doubleOptIn: boolean): string {
  const what = topicNames.length ? `emails about ${topicNames.join(', ')}` : 'our emails';
  const confirm = doubleOptIn ? ' We will send you an email to confirm your address first.' : '';
  return `By signing up you agree to receive ${what}. You can unsubscribe at any time with the link in every email.${confirm}`;
}

function FieldsEditor({ form, catalog }: { form: UseFormReturn<BuilderValues>; catalog: CatalogField[] }) {
  const rows = useFieldArray({ control: form.control, name: 'fields' });
  const used = new Set(form.watch('fields').map((f) => f.field));
  const available = catalog.filter((c) => !used.has(c.field));
  const [adding, setAdding] = useState('');
  return (
    <Paper variant="outlined" sx={{ p: 3, borderRadius: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        Fields
      </Typography>
      <Stack spacing={2}>
        {rows.fields.map((row, index) => {
          const source = catalog.find((c) => c.field === row.field);
          const isEmail = row.field === 'email';
          return (
            <Box key={row.id} sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ width: 140, color: 'text.secondary' }}>
                {source?.label ?? row.field}
              </Typography>
              <TextField
                label={`Label of ${source?.label ?? row.field}`}
                size="small"
                sx={{ flex: 1, minWidth: 180 }}
                {...textFieldProps(form, `fields.${index}.label`, { required: 'Give the field a label' })}
              />
              <Controller
                control={form.control}
                name={`fields.${index}.required`}
                render={({ field }) => (
                  <FormControlLabel
                    control={<Switch checked={isEmail || field.value} disabled={isEmail} onChange={(e) => field.onChange(e.target.checked)} />}
                    label="Required"
                  />
                )}
              />
              <IconButton aria-label={`Remove ${source?.label ?? row.field}`} disabled={isEmail} onClick={() => rows.remove(index)}>
                <DeleteOutlined fontSize="small" />
              </IconButton>
            </Box>
          );
        })}
        {available.length > 0 && (
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
            <TextField select label="Add a field" size="small" value={adding} onChange={(e) => setAdding(e.target.value)} sx={{ minWidth: 240 }}>
              {available.map((c) => (
                <MenuItem key={c.field} value={c.field}>
                  {c.label}
                  {c.field.startsWith('cf.') ? ' (custom field)' : ''}
                </MenuItem>
              ))}
            </TextField>
            <Button
              startIcon={<Add />}
              disabled={!adding}
              onClick={() => {
                const source = catalog.find((c) => c.field === adding);
                rows.append({ field: adding, label: source?.label ?? adding, required: false });
                setAdding('');
              }}
            >
              Add field
            </Button>
          </Box>
        )}
      </Stack>
    </Paper>
  );
}

/** The hosted page as visitors will see it, from the values on screen. */
function Preview({ values, catalog, topics }: { values: BuilderValues; catalog: CatalogField[]; topics: Topic[] }) {
  const names = values.topicIds.flatMap((id) => topics.find((t) => t.id === id)?.name ?? []);
  return (
    <Paper variant="outlined" sx={{ p: 3, borderRadius: 3 }} aria-label="Preview of the hosted page" role="region">
      <Typography variant="overline" sx={{ color: 'text.secondary' }}>
        Preview
      </Typography>
      <Typography variant="h5" component="p" sx={{ mb: 2, fontWeight: 600 }}>
        {values.name || 'Untitled form'}
      </Typography>
      <Stack spacing={2}>
        {values.fields.map((f, index) => {
          const source = catalog.find((c) => c.field === f.field);
          const label = `${f.label || source?.label || f.field}${f.required || f.field === 'email' ? ' *' : ''}`;
          if (source?.type === 'boolean') return <FormControlLabel key={f.field} control={<Switch disabled />} label={label} />;
          return (
            <TextField
              key={f.field}
              id={`form-preview-${index}`}
              label={label}
              size="small"
              fullWidth
              select={source?.type === 'select' || source?.type === 'multiselect'}
              value=""
              slotProps={{ input: { readOnly: true } }}
            >
              {(source?.options ?? []).map((o) => (
                <MenuItem key={o.value} value={o.value}>
                  {o.label}
                </MenuItem>
              ))}
            </TextField>
          );
        })}
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {consentText(names, values.doubleOptIn)}
        </Typography>
        <Button variant="contained" fullWidth tabIndex={-1} aria-hidden>
          Sign up
        </Button>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          After signing up:{' '}
          {values.after === 'redirect' ? `sent to ${values.redirectUrl || '(no address yet)'}` : values.successMessage || 'Thank you for signing up!'}
        </Typography>
      </Stack>
    </Paper>
  );
}

function Builder({ existing, custom, topics }: { existing?: SignupForm; custom: FieldDefinition[]; topics: Topic[] }) {
  const navigate = useNavigate();
  const catalog = useMemo(() => catalogOf(custom), [custom]);
  const form = useForm<BuilderValues>({ defaultValues: toValues(existing, custom) });
  const values = form.watch();
  const unsaved = useUnsavedChanges(form.formState.isDirty);
  const save = useSaveForm();
  const remove = useDeleteForm();
  const templates = useTemplateOptions();
  const [detail, setDetail] = useState<string | null>(null);
  const location = useLocation();
  // A new form's page is another route: its "saved" notice comes along in the navigation's state.
  const [notice, setNotice] = useState<Notice>(() => (location.state as { notice?: Notice } | null)?.notice ?? null);
  const [embedding, setEmbedding] = useState(false);

  async function submit(submitted: BuilderValues) {
    setDetail(null);
    try {
      const saved = await save.mutateAsync({
        id: existing?.id,
        body: {
          name: submitted.name.trim(),
          fields: submitted.fields.map((f) => ({ field: f.field, label: f.label.trim(), required: f.field === 'email' || f.required })),
          topicIds: submitted.topicIds,
          tags: submitted.tags,
          doubleOptIn: submitted.doubleOptIn,
          successMessage: submitted.after === 'message' ? submitted.successMessage.trim() || null : null,
          redirectUrl: submitted.after === 'redirect' ? submitted.redirectUrl.trim() || null : null,
          confirmationTemplateId: submitted.confirmationTemplateId || null,
        },
      });
      form.reset(submitted);
      unsaved.allowNavigation();
      const savedNotice: Notice = { severity: 'success', message: `“${saved.name}” was saved.` };
      if (existing) setNotice(savedNotice);
      else navigate(`/forms/${saved.id}`, { replace: true, state: { notice: savedNotice } });
    } catch (e) {
      const names: FieldPath<BuilderValues>[] = ['name', 'topicIds', 'tags', 'successMessage', 'redirectUrl', 'confirmationTemplateId', ...submitted.fields.map((_, i) => `fields.${i}.label` as const)];
      setDetail(showProblem(form, e, names));
    }
  }

  return (
    <>
      <PageHeader
        title={existing ? `Edit ${existing.name}` : 'New form'}
        description="The fields people fill in, what they subscribe to, and what happens next."
        actions={
          <>
            <Button startIcon={<ArrowBack />} component={Link} to="/forms">
              Forms
            </Button>
            {existing && (
              <Button variant="outlined" startIcon={<CodeOutlined />} onClick={() => setEmbedding(true)}>
                Embed code
              </Button>
            )}
            {existing && (
              <DeleteButton
                item={existing}
                noun="form"
                remove={remove}
                onDeleted={() => {
                  unsaved.allowNavigation();
                  navigate('/forms');
                }}
              >
                Its hosted page and embed code stop working; the contacts it brought in stay.
              </DeleteButton>
            )}
          </>
        }
      />
      {detail && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {detail}
        </Alert>
      )}
      <Box
        component="form"
        noValidate
        onSubmit={form.handleSubmit(submit)}
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 380px' }, gap: 3, alignItems: 'start' }}
      >
        <Stack spacing={3}>
          <Paper variant="outlined" sx={{ p: 3, borderRadius: 3 }}>
            <TextField label="Name" required fullWidth {...textFieldProps(form, 'name', { required: 'Give the form a name' })} />
          </Paper>
          <FieldsEditor form={form} catalog={catalog} />
          <Paper variant="outlined" sx={{ p: 3, borderRadius: 3 }}>
            <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
              Subscriptions
            </Typography>
            <Stack spacing={2.5}>
              <Controller
                control={form.control}
                name="topicIds"
                render={({ field, fieldState }) => (
                  <Autocomplete
                    multiple
                    options={topics.map((t) => t.id)}
                    getOptionLabel={(id) => topics.find((t) => t.id === id)?.name ?? id}
                    value={field.value}
                    onChange={(_, ids) => field.onChange(ids)}
                    renderInput={(params) => (
                      <TextField {...params} label="Topics" error={Boolean(fieldState.error)} helperText={fieldState.error?.message ?? (topics.length ? 'What a signup subscribes to' : 'No topics yet: add them in Settings → Topics')} />
                    )}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="tags"
                render={({ field, fieldState }) => (
                  <Autocomplete
                    multiple
                    freeSolo
                    options={[] as string[]}
                    value={field.value}
                    onChange={(_, tags) => field.onChange(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))}
                    renderValue={(tags, getItemProps) => tags.map((tag, index) => <Chip {...getItemProps({ index })} key={tag} label={tag} size="small" />)}
                    renderInput={(params) => <TextField {...params} label="Tags to add" error={Boolean(fieldState.error)} helperText={fieldState.error?.message ?? 'Type a tag and press Enter'} />}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="doubleOptIn"
                render={({ field }) => (
                  <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Double opt-in: confirm the address by email first" />
                )}
              />
              {values.doubleOptIn && (
                <Controller
                  control={form.control}
                  name="confirmationTemplateId"
                  render={(props) => (
                    <TextField
                      select
                      label="Confirmation email"
                      fullWidth
                      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                      {...controllerFieldProps(props, 'A template with {{confirm_url}}, or the default email')}
                    >
                      <MenuItem value="">Default confirmation email</MenuItem>
                      {(templates.data ?? []).map((t) => (
                        <MenuItem key={t.id} value={t.id}>
                          {t.name}
                        </MenuItem>
                      ))}
                    </TextField>
                  )}
                />
              )}
            </Stack>
          </Paper>
          <Paper variant="outlined" sx={{ p: 3, borderRadius: 3 }}>
            <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
              After signing up
            </Typography>
            <Controller
              control={form.control}
              name="after"
              render={({ field }) => (
                <ToggleButtonGroup exclusive size="small" value={field.value} onChange={(_, v) => v && field.onChange(v)} aria-label="After signing up" sx={{ mb: 2 }}>
                  <ToggleButton value="message">Show a message</ToggleButton>
                  <ToggleButton value="redirect">Go to a page</ToggleButton>
                </ToggleButtonGroup>
              )}
            />
            {values.after === 'message' ? (
              <TextField label="Success message" fullWidth multiline minRows={2} {...textFieldProps(form, 'successMessage', undefined, 'Empty: “Thank you for signing up!”')} />
            ) : (
              <TextField label="Redirect URL" fullWidth placeholder="https://www.example.com/thanks" {...textFieldProps(form, 'redirectUrl', { required: 'Give the address of the page' })} />
            )}
          </Paper>
          <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
            <Button type="submit" variant="contained" loading={save.isPending}>
              Save form
            </Button>
          </Box>
        </Stack>
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 88 } }}>
          <Preview values={values} catalog={catalog} topics={topics} />
        </Box>
      </Box>
      {existing && <EmbedDialog form={embedding ? existing : null} onClose={() => setEmbedding(false)} />}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
      {unsaved.prompt}
    </>
  );
}

export function Component() {
  const { id } = useParams();
  const canManage = useCanManage();
  const existing = useSignupForm(id);
  const custom = useFieldDefinitions('contact');
  const topics = useTopicOptions();
  usePageTitle(id ? existing.data && `Edit ${existing.data.name}` : 'New form', 'Forms');
  if (!canManage) {
    return <AccessNotice title="Only managers and admins build forms">You can see every form and copy its embed code from the list.</AccessNotice>;
  }
  if (existing.isError) {
    return isNotFound(existing.error) ? (
      <NotFoundPanel title="Form not found" backTo="/forms" backLabel="Forms">
        It may have been deleted.
      </NotFoundPanel>
    ) : (
      <QueryErrorAlert query={existing} />
    );
  }
  if (custom.isError) return <QueryErrorAlert query={custom} prefix="The custom fields could not be loaded" />;
  if (topics.isError) return <QueryErrorAlert query={topics} prefix="The topics could not be loaded" />;
  if ((id && !existing.data) || !custom.data || !topics.data) return <Skeleton variant="rounded" height={480} />;
  return <Builder key={existing.data?.id ?? 'new'} existing={existing.data} custom={custom.data} topics={topics.data} />;
}

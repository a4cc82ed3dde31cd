import { errorMessage, problemOf } from '@corral/api-client';
import ArrowBack from '@mui/icons-material/ArrowBack';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import type { FieldDefinition } from '../../../lib/custom-fields/field-types';
import { useFieldDefinitions } from '../../../lib/custom-fields/use-field-definitions';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { AccessNotice } from '../../../lib/ui/access-notice';
import { DeleteButton } from '../../../lib/ui/delete-button';
import { NotFoundPanel, isNotFound } from '../../../lib/ui/not-found-panel';
import { PageHeader } from '../../../lib/ui/page-header';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { usePageTitle } from '../../../lib/use-page-title';
import { useUnsavedChanges } from '../../../lib/use-unsaved-changes';
import { type Segment, type SegmentDefinition, useDeleteSegment, useDraftCount, useSaveSegment, useSegment } from '../api/segments';
import { ConditionGroup, ConditionsContext } from '../components/condition-group';
import { type ConditionProblem, type SegmentForm, fieldCatalog, toDefinition, toForm } from '../segment-form';

/** How long typing pauses before the count is asked again. */
const COUNT_DELAY_MS = 400;

function CountCard({ count, problems }: { count: ReturnType<typeof useDraftCount>; problems: boolean }) {
  return (
    <Paper variant="outlined" sx={{ p: 3, borderRadius: 3, overflow: 'hidden' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'text.secondary' }}>
        <GroupsOutlined fontSize="small" />
        <Typography variant="overline">Matching now</Typography>
      </Box>
      {problems ? (
        <Typography variant="body2" sx={{ color: 'error.main', my: 1 }}>
          Fix the condition marked in red to see the count.
        </Typography>
      ) : count.isError ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {errorMessage(count.error)}
        </Alert>
      ) : (
        <Typography variant="h3" component="p" sx={{ fontWeight: 700, my: 0.5 }} aria-live="polite" aria-label="Matching contacts">
          {count.data ? count.data.count.toLocaleString() : <Skeleton width={80} />}
        </Typography>
      )}
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        Contacts you can see that match, counted again as you edit.
      </Typography>
      {count.isFetching && <LinearProgress aria-label="Counting the matching contacts" sx={{ mt: 2, height: 2 }} />}
    </Paper>
  );
}

/** A few of the contacts the definition on screen means, from the live count's answer. */
function Sample({ count, problems, segmentId }: { count: ReturnType<typeof useDraftCount>; problems: boolean; segmentId?: string }) {
  const sample = count.data?.sample;
  return (
    <Paper variant="outlined" component="section" aria-label="Sample of matching contacts" sx={{ p: 3, borderRadius: 3 }}>
      <Typography variant="overline" sx={{ color: 'text.secondary' }}>
        Sample
      </Typography>
      {problems || count.isError ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          No sample until the conditions can be counted.
        </Typography>
      ) : !sample ? (
        <Skeleton height={120} />
      ) : sample.length === 0 ? (
        <Typography variant="body2">Nobody matches yet.</Typography>
      ) : (
        <List dense disablePadding>
          {sample.map((c) => (
            <ListItem key={c.id} disableGutters>
              <ListItemText primary={<Link to={`/contacts/${c.id}`}>{c.fullName || c.email}</Link>} secondary={c.email} />
            </ListItem>
          ))}
        </List>
      )}
      {segmentId && (
        <Button component={Link} to={`/segments/${segmentId}`} size="small">
          All contacts, as saved
        </Button>
      )}
    </Paper>
  );
}

function Builder({ segment, contactFields, companyFields }: { segment?: Segment; contactFields: FieldDefinition[]; companyFields: FieldDefinition[] }) {
  const navigate = useNavigate();
  const form = useForm<SegmentForm>({ defaultValues: toForm(segment) });
  const values = form.watch();
  const unsaved = useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(form.formState.defaultValues));
  const save = useSaveSegment();
  const remove = useDeleteSegment();
  const [detail, setDetail] = useState<string | null>(null);
  const [saveProblems, setSaveProblems] = useState<ConditionProblem[]>([]);
  const fields = useMemo(() => fieldCatalog(contactFields, companyFields), [contactFields, companyFields]);
  const definitions = useMemo(
    () => new Map<string, FieldDefinition>([...contactFields.map((f) => [`cf.${f.key}`, f] as const), ...companyFields.map((f) => [`company.cf.${f.key}`, f] as const)]),
    [contactFields, companyFields],
  );
  // By content: watch() need not hand back a new object per change, and the count's key must change with it.
  const definitionKey = JSON.stringify(toDefinition(values, fields));
  const definition = useMemo<SegmentDefinition>(() => JSON.parse(definitionKey), [definitionKey]);
  const counted = useDebouncedValue(definition, COUNT_DELAY_MS);
  const count = useDraftCount(counted);
  // The count's refusal names the conditions that do not fit; it holds until the definition changes.
  const countProblems = counted === definition ? (problemOf(count.error)?.errors ?? []) : [];
  const problems = [...countProblems, ...saveProblems.filter((p) => !countProblems.some((c) => c.field === p.field))];

  async function submit() {
    form.clearErrors();
    setDetail(null);
    setSaveProblems([]);
    const submitted = structuredClone(form.getValues());
    try {
      const saved = await save.mutateAsync({
        id: segment?.id,
        body: { name: submitted.name.trim(), description: submitted.description.trim() || null, definition: toDefinition(submitted, fields) },
      });
      form.reset(submitted, { keepValues: true });
      unsaved.allowNavigation();
      navigate(`/segments/${saved.id}`);
    } catch (e) {
      const errors = problemOf(e)?.errors ?? [];
      setSaveProblems(errors.filter((p) => p.field.startsWith('definition')));
      const rest = showProblem(form, e, ['name', 'description']);
      const conditionsNamed = errors.some((p) => p.field.startsWith('definition'));
      setDetail(conditionsNamed && rest === errorMessage(e) ? null : rest);
    }
  }

  return (
    <FormProvider {...form}>
      <PageHeader
        title={segment ? `Edit ${segment.name}` : 'New segment'}
        description="Conditions on contact and company fields, email engagement, deals and other segments. Counts stay current."
        actions={
          <>
            <Button startIcon={<ArrowBack />} component={Link} to={segment ? `/segments/${segment.id}` : '/segments'}>
              {segment ? 'Contacts' : 'Segments'}
            </Button>
            {segment && (
              <DeleteButton
                item={segment}
                noun="segment"
                remove={remove}
                onDeleted={() => {
                  unsaved.allowNavigation();
                  navigate('/segments');
                }}
              >
                Campaigns already sent keep their recipients.
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
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 320px' }, gap: 3, alignItems: 'start' }}
      >
        <Stack spacing={3}>
          <Paper variant="outlined" sx={{ p: 3, borderRadius: 3 }}>
            <Stack spacing={2.5}>
              <TextField label="Name" required fullWidth {...textFieldProps(form, 'name', { required: 'Give the segment a name' })} />
              <TextField label="Description" fullWidth {...textFieldProps(form, 'description')} />
            </Stack>
          </Paper>
          <ConditionsContext.Provider value={{ fields, definitions, problems, segmentId: segment?.id }}>
            <ConditionGroup path="" depth={1} />
          </ConditionsContext.Provider>
          <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
            <Button type="submit" variant="contained" loading={save.isPending}>
              Save segment
            </Button>
          </Box>
        </Stack>
        <Stack spacing={3} sx={{ position: { lg: 'sticky' }, top: { lg: 88 } }}>
          <CountCard count={count} problems={countProblems.length > 0} />
          <Sample count={count} problems={countProblems.length > 0} segmentId={segment?.id} />
        </Stack>
      </Box>
      {unsaved.prompt}
    </FormProvider>
  );
}

export function Component() {
  const { id } = useParams();
  const canManage = useCanManage();
  const segment = useSegment(id);
  const contactFields = useFieldDefinitions('contact');
  const companyFields = useFieldDefinitions('company');
  usePageTitle(id ? segment.data && `Edit ${segment.data.name}` : 'New segment', 'Segments');
  if (!canManage) {
    return <AccessNotice title="Only managers and admins build segments">You can open every segment and see who is in it.</AccessNotice>;
  }
  if (segment.isError) {
    return isNotFound(segment.error) ? (
      <NotFoundPanel title="Segment not found" backTo="/segments" backLabel="Segments">
        It may have been deleted.
      </NotFoundPanel>
    ) : (
      <QueryErrorAlert query={segment} />
    );
  }
  if (contactFields.isError) return <QueryErrorAlert query={contactFields} prefix="The custom fields could not be loaded" />;
  if (companyFields.isError) return <QueryErrorAlert query={companyFields} prefix="The custom fields could not be loaded" />;
  if ((id && !segment.data) || !contactFields.data || !companyFields.data) return <Skeleton variant="rounded" height={480} />;
  return <Builder key={segment.data?.id ?? 'new'} segment={segment.data} contactFields={contactFields.data} companyFields={companyFields.data} />;
}

import ArrowBack from '@mui/icons-material/ArrowBack';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { type ReactNode, useMemo, useState } from 'react';
import { type FieldPath, type PathValue, useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { fieldErrorProps, showProblem, textFieldProps } from '../../../lib/form-fields';
import { type TemplateOption, useSegmentOptions, useTagOptions, useTemplateOptions, useUserOptions } from '../../../lib/lookups';
import { AccessNotice } from '../../../lib/ui/access-notice';
import { type CompanyOption, CompanyPicker, useCompanyOption } from '../../../lib/ui/entity-pickers';
import { PageHeader } from '../../../lib/ui/page-header';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useUnsavedChanges } from '../../../lib/use-unsaved-changes';
import { useCampaignAction } from '../api/campaign-actions';
import { type AudienceQuery, useAudience } from '../api/get-audience';
import { type Campaign } from '../api/get-campaigns';
import { useCampaign } from '../api/get-campaign';
import { type SegmentFilter, useCreateCampaign, useUpdateCampaign } from '../api/save-campaign';
import { ConfirmSendDialog } from '../components/confirm-send-dialog';
import { DeleteCampaignButton } from '../components/delete-campaign-button';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { isNotFound } from '../../../lib/ui/not-found-panel';
import { CampaignNotFound } from '../components/campaign-not-found';
import { usePageTitle } from '../../../lib/use-page-title';
import { useTopics } from '../../../lib/topics/use-topics';
import { CONTACT_STATUSES, type ContactStatus, contactStatusLabel } from '../../../lib/contact-statuses';

// A segment never reaches archived contacts, so it does not offer them.
const SEGMENT_STATUSES = CONTACT_STATUSES.filter((s) => s !== 'archived');

interface Form {
  name: string;
  description: string;
  templateId: string;
  statuses: ContactStatus[];
  tags: string[];
  tagMatch: 'any' | 'all';
  assignedToId: string;
  company: CompanyOption | null;
  /** Saved segments, or the quick filter of status, tags, owner and company. */
  audienceMode: 'segments' | 'filter';
  segmentIds: string[];
  excludeSegmentIds: string[];
  /** The consent topic ('' for none). */
  topicId: string;
  when: 'now' | 'later';
  /** `datetime-local` value in the browser's zone. */
  scheduledLocal: string;
  trackOpens: boolean;
  trackClicks: boolean;
}

function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function toForm(campaign?: Campaign, company: CompanyOption | null = null): Form {
  const filter = campaign?.segmentFilter;
  const status = filter?.status;
  return {
    name: campaign?.name ?? '',
    description: campaign?.description ?? '',
    templateId: campaign?.templateId ?? '',
    statuses: ((status === undefined ? [] : Array.isArray(status) ? status : [status]).filter((s) => s !== 'archived')) as ContactStatus[],
    tags: filter?.tags ?? [],
    tagMatch: filter?.tagMatch ?? 'any',
    assignedToId: filter?.assignedToId ?? '',
    company,
    audienceMode: campaign?.segmentIds.length ? 'segments' : 'filter',
    segmentIds: campaign?.segmentIds ?? [],
    excludeSegmentIds: campaign?.excludeSegmentIds ?? [],
    topicId: campaign?.topicId ?? '',
    when: campaign?.scheduledAt ? 'later' : 'now',
    scheduledLocal: campaign?.scheduledAt ? toLocalInput(campaign.scheduledAt) : '',
    trackOpens: campaign?.trackOpens ?? true,
    trackClicks: campaign?.trackClicks ?? true,
  };
}

/** Where the builder shows each field the API names; a segment error about its tags or as a whole goes under Tags. */
const FORM_FIELDS: Readonly<Partial<Record<string, FieldPath<Form>>>> = {
  name: 'name',
  description: 'description',
  templateId: 'templateId',
  segmentFilter: 'tags',
  'segmentFilter.tags': 'tags',
  'segmentFilter.assignedToId': 'assignedToId',
  'segmentFilter.companyId': 'company',
  segmentIds: 'segmentIds',
  excludeSegmentIds: 'excludeSegmentIds',
  topicId: 'topicId',
  scheduledAt: 'scheduledLocal',
  trackOpens: 'trackOpens',
  trackClicks: 'trackClicks',
};

function toSegment(form: Form): SegmentFilter {
  if (form.audienceMode === 'segments') return {};
  return {
    ...(form.statuses.length > 0 && { status: form.statuses }),
    tagMatch: form.tagMatch,
    ...(form.tags.length > 0 && { tags: form.tags }),
    ...(form.assignedToId && { assignedToId: form.assignedToId }),
    ...(form.company && { companyId: form.company.id }),
  };
}

/** The audience as the API takes it; segment lists only when they hold something, so a plain filter reads as before. */
function toAudience(form: Form): AudienceQuery {
  const segmentIds = form.audienceMode === 'segments' ? form.segmentIds : [];
  return {
    segmentFilter: toSegment(form),
    ...(segmentIds.length > 0 && { segmentIds }),
    ...(form.excludeSegmentIds.length > 0 && { excludeSegmentIds: form.excludeSegmentIds }),
    ...(form.topicId && { topicId: form.topicId }),
  };
}

/** The consent topic the campaign is about, which decides who may get it and what its unsubscribe link does. */
function TopicSelect({ value, onChange, error }: { value: string; onChange(id: string): void; error?: string }) {
  const topics = useTopics();
  const options = topics.data ?? [];
  const chosen = options.find((t) => t.id === value);
  const hint = !value
    ? 'No topic: every contact in the audience who is not suppressed; unsubscribing stops all email to them.'
    : chosen?.requiresOptIn
      ? 'Only contacts who subscribed to this topic get it; unsubscribing leaves just this topic.'
      : 'Contacts who unsubscribed from this topic are left out; unsubscribing leaves just this topic.';
  return (
    <TextField select label="Topic" fullWidth value={options.some((t) => t.id === value) ? value : ''} onChange={(e) => onChange(e.target.value)} error={Boolean(error)} helperText={error ?? hint}>
      <MenuItem value="">
        <em>No topic</em>
      </MenuItem>
      {options.map((t) => (
        <MenuItem key={t.id} value={t.id}>
          {t.name}
          {t.requiresOptIn ? ' (opt-in)' : ''}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A multiple choice of saved segments, shown by name. */
function SegmentsInput({ label, value, onChange, helperText, error }: { label: string; value: string[]; onChange(ids: string[]): void; helperText: string; error?: string }) {
  const segments = useSegmentOptions();
  const options = segments.data ?? [];
  const name = (id: string) => options.find((o) => o.id === id)?.name ?? (segments.isPending ? '…' : 'Deleted segment');
  return (
    <Autocomplete
      multiple
      autoHighlight
      options={options.map((o) => o.id)}
      value={value}
      loading={segments.isPending}
      getOptionLabel={name}
      onChange={(_, ids) => onChange(ids)}
      renderValue={(ids, getItemProps) => ids.map((id, index) => <Chip size="small" label={name(id)} {...getItemProps({ index })} key={id} />)}
      renderInput={(params) => <TextField {...params} label={label} error={Boolean(error)} helperText={error ?? helperText} />}
    />
  );
}

/** Tags that exist (GET /api/contacts/tags): a typo cannot silently shrink the audience. */
function TagsInput({ value, onChange, error, helperText }: { value: string[]; onChange(tags: string[]): void; error: boolean; helperText?: string }) {
  const [input, setInput] = useState('');
  const tags = useTagOptions(useDebouncedValue(input.trim(), 250));
  return (
    <Autocomplete
      multiple
      autoHighlight
      options={tags.data ?? []}
      loading={tags.isFetching}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      value={value}
      onChange={(_, next) => onChange(next)}
      renderValue={(chosen, getItemProps) => chosen.map((tag, index) => <Chip size="small" label={tag} {...getItemProps({ index })} key={tag} />)}
      renderInput={(params) => <TextField {...params} label="Tags" placeholder={value.length ? '' : 'Pick existing tags'} error={error} helperText={helperText} />}
      sx={{ flexGrow: 1, minWidth: 240 }}
    />
  );
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 3, borderRadius: 3 }}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2.5 }}>
        {description}
      </Typography>
      {children}
    </Paper>
  );
}

function TrackingSwitch({ label, help, checked, onChange, error }: { label: string; help: string; checked: boolean; onChange: (checked: boolean) => void; error?: string }) {
  const helpId = `tracking-${label.replace(/\s+/g, '-').toLowerCase()}-help`;
  return (
    <FormControl error={Boolean(error)}>
      <FormControlLabel label={label} control={<Switch checked={checked} onChange={(e) => onChange(e.target.checked)} slotProps={{ input: { 'aria-describedby': helpId } }} />} />
      <FormHelperText id={helpId} sx={{ mx: 0, mt: 0 }}>
        {error ?? help}
      </FormHelperText>
    </FormControl>
  );
}

function AudienceCard({ audience }: { audience: ReturnType<typeof useAudience> }) {
  return (
    <Paper variant="outlined" sx={{ p: 3, borderRadius: 3, position: { lg: 'sticky' }, top: { lg: 88 }, overflow: 'hidden' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'text.secondary' }}>
        <GroupsOutlined fontSize="small" />
        <Typography variant="overline">Audience</Typography>
      </Box>
      {audience.isError ? (
        <QueryErrorAlert query={audience} sx={{ mt: 1 }} />
      ) : (
        <Typography variant="h3" component="p" sx={{ fontWeight: 700, my: 0.5 }} aria-live="polite" aria-label="Recipients">
          {audience.data ? audience.data.count.toLocaleString() : <Skeleton width={80} />}
        </Typography>
      )}
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {audience.data?.count === 1 ? 'contact matches' : 'contacts match'} this audience now. Archived contacts and suppressed addresses are left out
        {audience.data && audience.data.excluded > 0 ? `: ${audience.data.excluded.toLocaleString()} reached but skipped (excluded segments, suppressed, archived).` : '.'}
      </Typography>
      {audience.isFetching && <LinearProgress aria-label="Counting the audience" sx={{ mt: 2, height: 2 }} />}
    </Paper>
  );
}

/** The template's sender; a template naming none sends from the account's default (Settings → Email sending, admins only). */
function fromOf(template: TemplateOption | undefined): string {
  return template?.fromEmail ?? 'the default sender (Settings → Email sending)';
}

/** Only admins and managers get here: the API refuses members a campaign change and even an audience count. */
function Builder({ campaign, company }: { campaign?: Campaign; company?: CompanyOption | null }) {
  const navigate = useNavigate();
  const form = useForm<Form>({ defaultValues: toForm(campaign, company) });
  const values = form.watch();
  // The form as loaded or last saved (the reset after a save); leaving with anything else asks first.
  const unsaved = useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(form.formState.defaultValues));
  const [saved, setSaved] = useState<Campaign | undefined>(campaign);
  const [confirming, setConfirming] = useState(false);
  const [detail, setDetail] = useState<string | null>(null);
  const templates = useTemplateOptions();
  const owners = useUserOptions();
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const action = useCampaignAction();
  // watch() need not hand back a new object when a value changes, so the segment is kept by its content: one
  // object per segment, which the debounce and the confirmation's "same segment" check rely on.
  const segmentKey = JSON.stringify(toAudience(values));
  const segment = useMemo<AudienceQuery>(() => JSON.parse(segmentKey), [segmentKey]);
  // One count for the card and the confirmation, asked once typing pauses.
  const countedSegment = useDebouncedValue(segment, 300);
  const audience = useAudience(countedSegment);
  const scheduledAt = values.when === 'later' && values.scheduledLocal ? new Date(values.scheduledLocal).toISOString() : null;

  function set<K extends FieldPath<Form>>(key: K, value: PathValue<Form, K>) {
    // A field the form cannot hold by ref (a checkbox list, a picker, a switch) goes through setValue.
    form.setValue(key, value, { shouldDirty: true });
  }

  const fieldMessage = (name: FieldPath<Form>) => fieldErrorProps(form, name).helperText;

  function showError(error: unknown) {
    setDetail(showProblem(form, error, FORM_FIELDS));
  }

  async function save(): Promise<Campaign | undefined> {
    form.clearErrors();
    setDetail(null);
    const submitted = structuredClone(form.getValues());
    const body = {
      name: submitted.name.trim(),
      description: submitted.description.trim() || undefined,
      templateId: submitted.templateId || undefined,
      ...toAudience(submitted),
      scheduledAt: scheduledAt ?? undefined,
      trackOpens: submitted.trackOpens,
      trackClicks: submitted.trackClicks,
    };
    try {
      const result = saved
        ? await update.mutateAsync({
            id: saved.id,
            // Lists emptied since the last save must reach the API as empty.
            changes: { ...body, segmentIds: body.segmentIds ?? [], excludeSegmentIds: body.excludeSegmentIds ?? [], topicId: body.topicId ?? null, description: body.description ?? null, templateId: body.templateId ?? null, scheduledAt },
          })
        : await create.mutateAsync(body);
      setSaved(result);
      // What was saved is the new baseline; what was typed during the save stays.
      form.reset(submitted, { keepValues: true });
      return result;
    } catch (e) {
      showError(e);
      return undefined;
    }
  }

  async function saveDraft() {
    const result = await save();
    if (result) {
      unsaved.allowNavigation();
      navigate(`/campaigns/${result.id}`);
    }
  }

  async function review() {
    if (values.when === 'later' && !values.scheduledLocal) {
      form.clearErrors();
      setDetail(null);
      form.setError('scheduledLocal', { type: 'required', message: 'choose a date and time' }, { shouldFocus: true });
      return;
    }
    if (await save()) setConfirming(true);
  }

  function send() {
    if (!saved) return;
    action.mutate(
      { id: saved.id, action: 'send' },
      {
        onSuccess: (started) => navigate(`/campaigns/${started.id}`),
        onError: (e) => {
          setConfirming(false);
          showError(e);
        },
      },
    );
  }

  const busy = create.isPending || update.isPending;
  const templateOptions = templates.data ?? [];

  return (
    <>
      <PageHeader
        title={campaign ? `Edit ${campaign.name}` : 'New campaign'}
        description="Pick a template, choose who gets it, then send it now or schedule it."
        actions={
          <>
            <Button startIcon={<ArrowBack />} component={Link} to={saved ? `/campaigns/${saved.id}` : '/campaigns'}>
              {saved ? 'Report' : 'Campaigns'}
            </Button>
            {saved?.status === 'draft' && (
              <DeleteCampaignButton
                campaign={saved}
                onDeleted={() => {
                  unsaved.allowNavigation();
                  navigate('/campaigns');
                }}
              />
            )}
          </>
        }
      />
      {detail && <Alert severity="error" sx={{ mb: 2 }}>{detail}</Alert>}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 320px' }, gap: 3, alignItems: 'start' }}>
        <Stack spacing={3}>
          <Section title="Details" description="Only your team sees the name and description.">
            <Stack spacing={2.5}>
              <TextField label="Name" required fullWidth {...textFieldProps(form, 'name')} />
              <TextField label="Description" fullWidth multiline minRows={2} {...textFieldProps(form, 'description')} />
              <TextField
                select
                label="Template"
                fullWidth
                value={templateOptions.some((t) => t.id === values.templateId) ? values.templateId : ''}
                onChange={(e) => set('templateId', e.target.value)}
                {...fieldErrorProps(
                  form,
                  'templateId',
                  templates.isSuccess && templateOptions.length === 0 ? 'No templates yet: create one under Templates first.' : 'The email every recipient gets, with their merge tags filled in.',
                )}
              >
                {templateOptions.map((t) => (
                  <MenuItem key={t.id} value={t.id}>
                    <Box>
                      <Typography variant="body2">{t.name}</Typography>
                      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                        {t.subject}
                      </Typography>
                    </Box>
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
          </Section>

          <Section title="Audience" description="Saved segments (their union), or a quick filter; contacts in an excluded segment are left out either way.">
            <Stack spacing={3}>
              <ToggleButtonGroup exclusive size="small" value={values.audienceMode} onChange={(_, mode) => mode && set('audienceMode', mode)} aria-label="Audience from">
                <ToggleButton value="segments">Segments</ToggleButton>
                <ToggleButton value="filter">Quick filter</ToggleButton>
              </ToggleButtonGroup>
              {values.audienceMode === 'segments' ? (
                <SegmentsInput label="Send to segments" value={values.segmentIds} onChange={(ids) => set('segmentIds', ids)} helperText="Contacts in any of these segments." error={fieldMessage('segmentIds')} />
              ) : (
                <>
                  <FormControl component="fieldset">
                    <FormLabel component="legend" sx={{ mb: 0.5 }}>
                      Status
                    </FormLabel>
                    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                      {SEGMENT_STATUSES.map((s) => (
                        <FormControlLabel
                          key={s}
                          label={contactStatusLabel(s)}
                          control={
                            <Checkbox
                              checked={values.statuses.includes(s)}
                              onChange={(e) => set('statuses', e.target.checked ? [...values.statuses, s] : values.statuses.filter((v) => v !== s))}
                            />
                          }
                        />
                      ))}
                    </Box>
                    <FormHelperText sx={{ mx: 0 }}>None checked: every status except archived.</FormHelperText>
                  </FormControl>
                  <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
                    <TagsInput value={values.tags} onChange={(tags) => set('tags', tags)} {...fieldErrorProps(form, 'tags')} />
                    <ToggleButtonGroup
                      exclusive
                      size="small"
                      value={values.tagMatch}
                      onChange={(_, value) => value && set('tagMatch', value)}
                      aria-label="Tag match"
                      disabled={values.tags.length < 2}
                      sx={{ mt: 1 }}
                    >
                      <ToggleButton value="any">Any tag</ToggleButton>
                      <ToggleButton value="all">All tags</ToggleButton>
                    </ToggleButtonGroup>
                  </Box>
                  <TextField select label="Owner" fullWidth value={values.assignedToId} onChange={(e) => set('assignedToId', e.target.value)} {...fieldErrorProps(form, 'assignedToId', 'Only contacts assigned to this person.')}>
                    <MenuItem value="">
                      <em>Anyone</em>
                    </MenuItem>
                    {(owners.data ?? []).map((u) => (
                      <MenuItem key={u.id} value={u.id}>
                        {u.name}
                      </MenuItem>
                    ))}
                  </TextField>
                  <CompanyPicker
                    value={values.company}
                    onChange={(next) => set('company', next)}
                    placeholder="Any company"
                    helperText="Only contacts of this company."
                    error={fieldMessage('company')}
                  />
                </>
              )}
              <SegmentsInput label="Exclude segments" value={values.excludeSegmentIds} onChange={(ids) => set('excludeSegmentIds', ids)} helperText="Nobody in these segments gets the campaign." error={fieldMessage('excludeSegmentIds')} />
              <TopicSelect value={values.topicId} onChange={(id) => set('topicId', id)} error={fieldMessage('topicId')} />
            </Stack>
          </Section>

          <Section title="Tracking" description="Count who opens the email and who clicks its links. Plain emails without tracking look less like bulk mail to spam filters.">
            <Stack spacing={2}>
              <TrackingSwitch
                label="Track opens"
                help="Adds an invisible image to the email. Apple Mail loads it for everyone, so open rates are only a rough guide."
                checked={values.trackOpens}
                onChange={(checked) => set('trackOpens', checked)}
                error={fieldMessage('trackOpens')}
              />
              <TrackingSwitch
                label="Track clicks"
                help="Links pass through Corral to count clicks. Off: links go straight to their pages. The unsubscribe link works either way."
                checked={values.trackClicks}
                onChange={(checked) => set('trackClicks', checked)}
                error={fieldMessage('trackClicks')}
              />
            </Stack>
          </Section>

          <Section title="Schedule" description="Send as soon as you confirm, or at a time you choose.">
            <RadioGroup row value={values.when} onChange={(e) => set('when', e.target.value as Form['when'])} aria-label="When to send">
              <FormControlLabel value="now" control={<Radio />} label="Send now" />
              <FormControlLabel value="later" control={<Radio />} label="Schedule for later" />
            </RadioGroup>
            {values.when === 'later' && (
              <TextField
                type="datetime-local"
                label="Send at"
                {...textFieldProps(form, 'scheduledLocal', undefined, `Your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}).`)}
                slotProps={{ inputLabel: { shrink: true } }}
                sx={{ mt: 2, width: { xs: '100%', sm: 300 } }}
              />
            )}
          </Section>

          <Box sx={{ display: 'flex', gap: 1.5, justifyContent: 'flex-end' }}>
            {saved?.status !== 'scheduled' && (
              <Button variant="outlined" onClick={saveDraft} loading={busy && !confirming} disabled={!values.name.trim()}>
                Save draft
              </Button>
            )}
            {saved?.status === 'scheduled' ? (
              <Button variant="contained" onClick={saveDraft} disabled={!values.name.trim() || !values.templateId || !scheduledAt || busy}>
                Save schedule
              </Button>
            ) : (
              <Button variant="contained" onClick={review} disabled={!values.name.trim() || !values.templateId || busy}>
                {values.when === 'later' ? 'Schedule…' : 'Send now…'}
              </Button>
            )}
          </Box>
        </Stack>
        <AudienceCard audience={audience} />
      </Box>
      {unsaved.prompt}
      {confirming && saved && (
        <ConfirmSendDialog
          name={saved.name}
          from={fromOf(templateOptions.find((t) => t.id === values.templateId))}
          subject={templateOptions.find((t) => t.id === values.templateId)?.subject ?? ''}
          recipients={countedSegment === segment ? audience.data?.count : undefined}
          excluded={countedSegment === segment ? audience.data?.excluded : undefined}
          scheduledAt={scheduledAt}
          sending={action.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={send}
        />
      )}
    </>
  );
}

export function Component() {
  const { id } = useParams();
  if (useCanManage()) return <BuilderPage id={id} />;
  return <ReadOnlyNotice id={id} />;
}

function ReadOnlyNotice({ id }: { id: string | undefined }) {
  usePageTitle(id ? 'Edit campaign' : 'New campaign', 'Campaigns');
  return (
    <>
      <PageHeader
        title={id ? 'Edit campaign' : 'New campaign'}
        actions={
          <Button startIcon={<ArrowBack />} component={Link} to={id ? `/campaigns/${id}` : '/campaigns'}>
            {id ? 'Report' : 'Campaigns'}
          </Button>
        }
      />
      <AccessNotice title="Only managers and admins create and send campaigns">Ask one of them to email a segment; you can follow every campaign’s report.</AccessNotice>
    </>
  );
}

function BuilderPage({ id }: { id: string | undefined }) {
  const campaign = useCampaign(id);
  usePageTitle(id ? campaign.data && `Edit ${campaign.data.name}` : 'New campaign', 'Campaigns');
  // A saved segment keeps only the company id; the picker shows its name.
  const companyId = campaign.data?.segmentFilter.companyId;
  const company = useCompanyOption(companyId);
  if (!id) return <Builder />;
  if (campaign.isError) return isNotFound(campaign.error) ? <CampaignNotFound /> : <QueryErrorAlert query={campaign} />;
  if (company.isError) return <QueryErrorAlert query={company} prefix="The segment’s company could not be loaded" />;
  if (!campaign.data || (companyId && company.data === undefined)) return <Skeleton variant="rounded" height={480} />;
  if (!['draft', 'scheduled'].includes(campaign.data.status)) {
    return (
      <Alert severity="info" action={<Button component={Link} to={`/campaigns/${id}`}>Open report</Button>}>
        This campaign has started, so it can no longer be edited.
      </Alert>
    );
  }
  // A company deleted since keeps its id in the segment (which then matches nobody) rather than silently widening it to everyone.
  const segmentCompany = companyId ? (company.data ?? { id: companyId, name: 'Deleted company' }) : null;
  return <Builder key={campaign.data.id} campaign={campaign.data} company={segmentCompany} />;
}

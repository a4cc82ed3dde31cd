import { errorMessage } from '@corral/api-client';
import ArrowBack from '@mui/icons-material/ArrowBack';
import Send from '@mui/icons-material/Send';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { useCanManage, useCurrentUser } from '../../../lib/auth';
import { AccessNotice } from '../../../lib/ui/access-notice';
import { type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { DeleteButton } from '../../../lib/ui/delete-button';
import { type ContactOption, ContactPicker } from '../../../lib/ui/entity-pickers';
import { PageHeader } from '../../../lib/ui/page-header';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useUnsavedChanges } from '../../../lib/use-unsaved-changes';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { useCreateTemplate } from '../api/create-template';
import { DELETE_TEMPLATE_CONSEQUENCE, useDeleteTemplate } from '../api/delete-template';
import { type Template, useTemplate } from '../api/get-template';
import { usePreviewDraft } from '../api/preview-draft';
import { useUpdateTemplate } from '../api/update-template';
import { MergeTagMenu } from '../components/merge-tag-menu';
import { SendTestDialog } from '../components/send-test-dialog';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { isNotFound, NotFoundPanel } from '../../../lib/ui/not-found-panel';
import { usePageTitle } from '../../../lib/use-page-title';

interface Draft {
  name: string;
  subject: string;
  fromName: string;
  fromEmail: string;
  htmlBody: string;
  textBody: string;
}

type TaggableField = 'subject' | 'htmlBody' | 'textBody';

const EMPTY: Draft = { name: '', subject: '', fromName: '', fromEmail: '', htmlBody: '<p>Hi {{default first_name "there"}},</p>\n\n<p></p>\n', textBody: '' };

function toDraft(template: Template): Draft {
  return {
    name: template.name,
    subject: template.subject,
    fromName: template.fromName ?? '',
    fromEmail: template.fromEmail ?? '',
    htmlBody: template.htmlBody,
    textBody: template.textBody ?? '',
  };
}

const mono = { fontFamily: '"JetBrains Mono", ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: '0.8125rem', lineHeight: 1.6 };

function Preview({ draft }: { draft: Draft }) {
  const debounced = useDebouncedValue(draft, 500);
  const [contact, setContact] = useState<ContactOption | null>(null);
  const preview = usePreviewDraft({
    subject: debounced.subject,
    htmlBody: debounced.htmlBody,
    textBody: debounced.textBody || undefined,
    ...(contact && { contactId: contact.id }),
  });
  const [tab, setTab] = useState<'html' | 'text'>('html');

  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden', position: { lg: 'sticky' }, top: { lg: 88 } }}>
      <Box sx={{ px: 2.5, pt: 2, pb: 1.5, borderBottom: 1, borderColor: 'divider', display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 200px', minWidth: 0 }}>
          <Typography variant="overline" sx={{ color: 'text.secondary' }}>
            Preview · {contact ? contact.name || contact.email : 'sample contact'}
          </Typography>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }} aria-label="Preview subject">
            {preview.data?.subject ?? (draft.subject ? '…' : 'No subject yet')}
          </Typography>
        </Box>
        {/* Empty means the API's sample contact. */}
        <ContactPicker size="small" label="Preview for" placeholder="Sample contact" value={contact} onChange={setContact} sx={{ width: { xs: '100%', sm: 260 }, flexShrink: 0 }} />
      </Box>
      {preview.isFetching && <LinearProgress aria-label="Rendering the preview" sx={{ height: 2 }} />}
      {preview.error && (
        <Alert severity="error" sx={{ m: 2 }}>
          {/* The detail names the part ("HTML body: Line 2: …"); the preview shows no fields to put it under. */}
          {errorMessage(preview.error)}
        </Alert>
      )}
      {preview.data && preview.data.warnings.length > 0 && (
        <Alert severity="warning" sx={{ m: 2 }}>
          {preview.data.warnings.join(' ')}
        </Alert>
      )}
      <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ px: 2, minHeight: 40, '& .MuiTab-root': { minHeight: 40 } }} aria-label="Preview part">
        <Tab value="html" label="HTML" />
        <Tab value="text" label="Plain text" />
      </Tabs>
      <Box sx={{ borderTop: 1, borderColor: 'divider', bgcolor: 'grey.50' }}>
        {!preview.data ? (
          <Box sx={{ p: 3 }}>
            {preview.isPending && draft.subject && draft.htmlBody ? <Skeleton variant="rounded" height={320} /> : <Typography sx={{ color: 'text.secondary' }}>Write a subject and an HTML body to see the email.</Typography>}
          </Box>
        ) : tab === 'html' ? (
          // No scripts, no same-origin: template HTML is shown, never trusted.
          <Box component="iframe" title="HTML preview" sandbox="" srcDoc={preview.data.html} sx={{ width: '100%', height: 520, border: 0, display: 'block', bgcolor: 'common.white' }} />
        ) : (
          <Box component="pre" aria-label="Text preview" sx={{ ...mono, m: 0, p: 2.5, minHeight: 320, maxHeight: 520, overflow: 'auto', whiteSpace: 'pre-wrap' }}>
            {preview.data.text}
          </Box>
        )}
      </Box>
    </Paper>
  );
}

function BackToTemplates() {
  return (
    <Button startIcon={<ArrowBack />} component={Link} to="/templates">
      Templates
    </Button>
  );
}

/** The fields the editor shows, as the API names them; errors on any other go to the top. */
const TEMPLATE_FIELDS = ['name', 'fromName', 'fromEmail', 'subject', 'htmlBody', 'textBody'] as const;

const sameDraft = (a: Draft, b: Draft) => TEMPLATE_FIELDS.every((key) => a[key] === b[key]);

/** Writes a new template or changes one; read-only for a member, whom the API lets read and preview only. */

function Editor({ template }: { template?: Template }) {
  const navigate = useNavigate();
  const me = useCurrentUser();
  const readOnly = !useCanManage();
  const form = useForm<Draft>({ defaultValues: template ? toDraft(template) : EMPTY });
  const draft = form.watch();
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const remove = useDeleteTemplate();
  const save = template ? update : create;
  const [detail, setDetail] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [testing, setTesting] = useState(false);
  const lastFocused = useRef<TaggableField>('htmlBody');
  const inputs = useRef<Partial<Record<TaggableField, HTMLInputElement | HTMLTextAreaElement | null>>>({});

  // Against the baseline rather than formState.isDirty, which a reset that keeps typed values clears.
  const baseline = form.formState.defaultValues as Draft;
  const dirty = !sameDraft(draft, baseline);
  const unsaved = useUnsavedChanges(dirty);

  function insertTag(tag: string) {
    const field = lastFocused.current;
    const input = inputs.current[field];
    const value = form.getValues(field);
    const start = input?.selectionStart ?? value.length;
    const end = input?.selectionEnd ?? value.length;
    form.setValue(field, value.slice(0, start) + tag + value.slice(end), { shouldDirty: true });
    requestAnimationFrame(() => {
      input?.focus();
      input?.setSelectionRange(start + tag.length, start + tag.length);
    });
  }

  function submit(draft: Draft) {
    form.clearErrors();
    setDetail(null);
    const onError = (error: unknown) => setDetail(showProblem(form, error, TEMPLATE_FIELDS));
    const body = {
      name: draft.name.trim(),
      subject: draft.subject,
      htmlBody: draft.htmlBody,
      textBody: draft.textBody.trim() ? draft.textBody : null,
      fromName: draft.fromName.trim() || null,
      fromEmail: draft.fromEmail.trim() || null,
    };
    if (template) {
      update.mutate(
        { id: template.id, changes: body },
        {
          onSuccess: (updated) => {
            // The server's copy (names trimmed) is the new baseline; what was typed during the save stays.
            form.reset(toDraft(updated), { keepValues: !sameDraft(form.getValues(), draft) });
            setNotice({ severity: 'success', message: 'Template saved.' });
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { ...body, textBody: body.textBody ?? undefined, fromName: body.fromName ?? undefined, fromEmail: body.fromEmail ?? undefined },
        {
          onSuccess: (created) => {
            unsaved.allowNavigation();
            navigate(`/templates/${created.id}`, { replace: true });
          },
          onError,
        },
      );
    }
  }

  const fieldProps = (key: keyof Draft, label: string, hint?: string) => ({
    ...textFieldProps(form, key, undefined, hint),
    label,
    fullWidth: true,
    slotProps: { htmlInput: { readOnly } },
  });

  // Merge tags go in at the cursor of the last taggable field focused, so the editor keeps its input too.
  const taggable = (key: TaggableField, label: string, hint?: string) => {
    const props = fieldProps(key, label, hint);
    return {
      ...props,
      inputRef: (el: HTMLInputElement | HTMLTextAreaElement | null) => {
        props.inputRef(el);
        inputs.current[key] = el;
      },
      onFocus: () => {
        lastFocused.current = key;
      },
    };
  };

  const warnings = template?.warnings ?? [];

  return (
    <>
      <PageHeader
        title={template ? template.name : 'New template'}
        description={
          readOnly
            ? 'The preview on the right is rendered by the server as recipients will get it.'
            : template
              ? 'Edit the email; the preview on the right is rendered by the server as recipients will get it.'
              : 'Write the email once; merge tags fill in each recipient’s details.'
        }
        actions={
          <>
            <BackToTemplates />
            {template && !readOnly && (
              <DeleteButton
                item={template}
                noun="template"
                remove={remove}
                onDeleted={() => {
                  unsaved.allowNavigation();
                  navigate('/templates');
                }}
              >
                {DELETE_TEMPLATE_CONSEQUENCE}
              </DeleteButton>
            )}
            {template && !readOnly && (
              <Button variant="outlined" startIcon={<Send />} onClick={() => setTesting(true)} disabled={dirty}>
                Send test
              </Button>
            )}
            {!readOnly && (
              <Button variant="contained" onClick={form.handleSubmit(submit)} loading={save.isPending} disabled={template ? !dirty : false}>
                {template ? 'Save changes' : 'Create template'}
              </Button>
            )}
          </>
        }
      />
      {detail && <Alert severity="error" sx={{ mb: 2 }}>{detail}</Alert>}
      {readOnly && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Only managers and admins change templates; you can read this one and preview it for your contacts.
        </Alert>
      )}
      {warnings.length > 0 && !dirty && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {warnings.join(' ')}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 3, alignItems: 'start' }}>
        <Paper variant="outlined" sx={{ p: 3, borderRadius: 3 }} component="section" aria-label="Template">
          <Stack spacing={2.5}>
            <TextField {...fieldProps('name', 'Name')} required />
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
              <TextField {...fieldProps('fromName', 'From name')} placeholder="Workspace default" />
              <TextField {...fieldProps('fromEmail', 'From email')} type="email" placeholder="Workspace default" />
            </Box>
            <TextField {...taggable('subject', 'Subject')} required />
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
                Body
              </Typography>
              <Chip size="small" variant="outlined" label="Handlebars" />
              {!readOnly && <MergeTagMenu onPick={insertTag} />}
            </Box>
            <TextField {...taggable('htmlBody', 'HTML body')} required multiline minRows={14} maxRows={30} slotProps={{ htmlInput: { readOnly, spellCheck: false, style: mono } }} />
            <TextField
              {...taggable('textBody', 'Text body', 'Optional: generated from the HTML when empty.')}
              multiline
              minRows={6}
              maxRows={20}
              slotProps={{ htmlInput: { readOnly, spellCheck: false, style: mono } }}
            />
          </Stack>
        </Paper>
        <Preview draft={draft} />
      </Box>
      {testing && template && (
        <SendTestDialog
          templateId={template.id}
          defaultEmail={me.email}
          onClose={() => setTesting(false)}
          onSent={(email) => {
            setTesting(false);
            setNotice({ severity: 'success', message: `Test email sent to ${email}.` });
          }}
        />
      )}
      {unsaved.prompt}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

export function Component() {
  const { id } = useParams();
  const canManage = useCanManage();
  const template = useTemplate(id);
  usePageTitle(id ? template.data?.name : 'New template', 'Templates');
  if (!id && !canManage) {
    return (
      <>
        <PageHeader title="New template" actions={<BackToTemplates />} />
        <AccessNotice title="Only managers and admins create templates">Ask one of them for the email you need; you can read and preview every template.</AccessNotice>
      </>
    );
  }
  if (!id) return <Editor />;
  if (template.isError) {
    return isNotFound(template.error) ? (
      <NotFoundPanel title="Template not found" backTo="/templates" backLabel="Back to templates">
        It may have been deleted.
      </NotFoundPanel>
    ) : (
      <QueryErrorAlert query={template} prefix="The template could not be loaded" />
    );
  }
  if (!template.data) return <Skeleton variant="rounded" height={480} />;
  return <Editor key={template.data.id} template={template.data} />;
}

import ArrowBack from '@mui/icons-material/ArrowBack';
import EditOutlined from '@mui/icons-material/EditOutlined';
import EmojiEventsOutlined from '@mui/icons-material/EmojiEventsOutlined';
import ReplayOutlined from '@mui/icons-material/ReplayOutlined';
import ThumbDownOffAltOutlined from '@mui/icons-material/ThumbDownOffAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { formatDate, formatMoney } from '../../../lib/format';
import { DeleteButton } from '../../../lib/ui/delete-button';
import { type Notice, NoticeSnackbar, errorNotice } from '../../../lib/ui/notice-snackbar';
import { useDeal, useDealHistory } from '../api/get-deal';
import { usePipelines } from '../api/get-pipelines';
import type { Stage } from '../api/keys';
import { type UpdateDealInput, useDeleteDeal, useUpdateDeal } from '../api/mutate-deal';
import { DealFormDialog } from '../components/deal-form-dialog';
import { OwnerAvatar } from '../components/owner-avatar';
import { StageHistoryTimeline } from '../components/stage-history-timeline';
import { StageProgress } from '../components/stage-progress';
import { formatDay } from '../format';
import { ActivityTimeline } from '../../../lib/ui/activity-timeline';
import { isNotFound, NotFoundPanel } from '../../../lib/ui/not-found-panel';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { DealStatusChip } from '../../../lib/ui/status-chip';
import { usePageTitle } from '../../../lib/use-page-title';
import { CustomFieldsCard } from '../../../lib/custom-fields/custom-fields-card';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, p: 2.5 }}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '140px 1fr', gap: 2, py: 1, borderBottom: 1, borderColor: 'grey.100', '&:last-of-type': { borderBottom: 0 } }}>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Box sx={{ minWidth: 0, fontSize: '0.875rem' }}>{children}</Box>
    </Box>
  );
}

/** The working stage a closed deal goes back to: where it came from, else the pipeline's first. */
function reopenStage(stages: Stage[], cameFrom: string | null | undefined): Stage | undefined {
  const working = stages.filter((s) => !s.outcome);
  return working.find((s) => s.id === cameFrom) ?? working[0];
}

export function Component() {
  const { dealId = '' } = useParams();
  const navigate = useNavigate();
  const deal = useDeal(dealId);
  usePageTitle(deal.data?.title, 'Deals');
  const history = useDealHistory(dealId);
  const pipelines = usePipelines();
  const updateDeal = useUpdateDeal();
  const deleteDeal = useDeleteDeal();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  if (deal.isError) {
    if (!isNotFound(deal.error)) return <QueryErrorAlert query={deal} />;
    return (
      <NotFoundPanel title="Deal not found" backTo="/deals" backLabel="Back to deals">
        It may have been deleted, or it is assigned to someone else.
      </NotFoundPanel>
    );
  }
  if (!deal.data) {
    return (
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Skeleton variant="text" width={320} height={48} />
        <Skeleton variant="rounded" height={36} />
        <Skeleton variant="rounded" height={280} />
      </Box>
    );
  }

  const current = deal.data;
  const pipeline = pipelines.data?.find((p) => p.id === current.pipelineId);
  const stages = pipeline?.stages ?? [];
  const lastEntry = history.data?.[history.data.length - 1];

  function change(changes: UpdateDealInput, success: string) {
    updateDeal.mutate(
      { id: current.id, changes },
      {
        onSuccess: () => setNotice({ severity: 'success', message: success }),
        onError: (error) => setNotice(errorNotice(error)),
      },
    );
  }

  const reopenTo = reopenStage(stages, lastEntry?.fromStage?.id);

  return (
    <>
      <Link component={RouterLink} to="/deals" underline="hover" color="text.secondary" variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 1.5 }}>
        <ArrowBack sx={{ fontSize: 16 }} /> Deals
      </Link>
      <Box sx={{ display: 'flex', gap: 2, alignItems: { md: 'flex-start' }, flexDirection: { xs: 'column', md: 'row' }, mb: 3 }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
            <Typography variant="h4" component="h1">
              {current.title}
            </Typography>
            <DealStatusChip status={current.status} />
          </Box>
          <Typography variant="h5" component="p" sx={{ mt: 0.5, fontVariantNumeric: 'tabular-nums', color: 'text.secondary', fontWeight: 600 }}>
            {formatMoney(current.value, current.currency)}
            <Typography component="span" variant="body2" sx={{ color: 'text.secondary', ml: 1 }}>
              {current.pipeline.name} · {current.stage.name}
            </Typography>
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {current.status === 'open' ? (
            <>
              <Button variant="contained" color="success" startIcon={<EmojiEventsOutlined />} disabled={updateDeal.isPending} onClick={() => change({ status: 'won' }, 'Marked as won.')}>
                Mark won
              </Button>
              <Button variant="outlined" color="error" startIcon={<ThumbDownOffAltOutlined />} disabled={updateDeal.isPending} onClick={() => change({ status: 'lost' }, 'Marked as lost.')}>
                Mark lost
              </Button>
            </>
          ) : (
            reopenTo && (
              <Button variant="outlined" startIcon={<ReplayOutlined />} disabled={updateDeal.isPending} onClick={() => change({ stageId: reopenTo.id }, `Reopened in ${reopenTo.name}.`)}>
                Reopen
              </Button>
            )
          )}
          <Button variant="outlined" color="inherit" startIcon={<EditOutlined />} onClick={() => setEditing(true)} disabled={!pipelines.data}>
            Edit
          </Button>
          <DeleteButton item={{ id: current.id, name: current.title }} noun="deal" remove={deleteDeal} onDeleted={() => navigate('/deals', { replace: true })}>
            Its stage history goes with it. This cannot be undone.
          </DeleteButton>
        </Box>
      </Box>

      {stages.length > 0 && (
        <Box sx={{ mb: 3 }}>
          <StageProgress
            deal={current}
            stages={stages}
            disabled={updateDeal.isPending}
            onSelect={(stage) => change({ stageId: stage.id }, `Moved to ${stage.name}.`)}
          />
        </Box>
      )}

      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, alignItems: 'start' }}>
        <Section title="Details">
          <Field label="Value">
            <strong>{formatMoney(current.value, current.currency)}</strong> {current.currency}
          </Field>
          <Field label="Stage">
            {current.stage.name} <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>({current.stage.probability}% probability)</Typography>
          </Field>
          <Field label="Owner">
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <OwnerAvatar owner={current.assignedTo} size={24} />
              {current.assignedTo?.name ?? 'Unassigned'}
            </Box>
          </Field>
          <Field label="Contact">
            {current.contact ? (
              <>
                {/* Underlined: beside the email it must not be told apart by colour alone. */}
                <Link component={RouterLink} to={`/contacts/${current.contact.id}`} underline="always">
                  {current.contact.name}
                </Link>{' '}
                <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
                  {current.contact.email}
                </Typography>
              </>
            ) : (
              <Typography variant="body2" sx={{ color: 'text.disabled' }}>None</Typography>
            )}
          </Field>
          <Field label="Company">
            {current.company ? (
              <Link component={RouterLink} to={`/companies/${current.company.id}`} underline="hover">
                {current.company.name}
              </Link>
            ) : (
              <Typography variant="body2" sx={{ color: 'text.disabled' }}>None</Typography>
            )}
          </Field>
          <Field label={current.status === 'open' ? 'Expected close' : 'Closed on'}>
            {current.closeDate ? formatDay(current.closeDate) : <Typography variant="body2" sx={{ color: 'text.disabled' }}>Not set</Typography>}
          </Field>
          <Field label="Created">{formatDate(current.createdAt)}</Field>
          <Field label="Description">
            {current.description ? (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {current.description}
              </Typography>
            ) : (
              <Typography variant="body2" sx={{ color: 'text.disabled' }}>No description</Typography>
            )}
          </Field>
        </Section>
        <Box sx={{ display: 'grid', gap: 3 }}>
          <CustomFieldsCard objectType="deal" values={current.customFields} onSave={(customFields) => updateDeal.mutateAsync({ id: current.id, changes: { customFields } })} />
          <Section title="Stage history">
            {history.isError ? <QueryErrorAlert query={history} /> : <StageHistoryTimeline entries={history.data} />}
          </Section>
          <Section title={current.contact ? `Activity with ${current.contact.name}` : 'Contact activity'}>
            {current.contact ? (
              <ActivityTimeline contactId={current.contact.id} label={`Activity of ${current.contact.name}`} empty={`Nothing logged for ${current.contact.name} yet.`} />
            ) : (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                Link a contact to this deal to see their calls, notes and emails here.
              </Typography>
            )}
          </Section>
        </Box>
      </Box>

      <DealFormDialog
        open={editing}
        deal={current}
        pipelines={pipelines.data ?? []}
        onClose={() => setEditing(false)}
        onSaved={() => setNotice({ severity: 'success', message: 'Deal saved.' })}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

import { ApiError, errorMessage } from '@corral/api-client';
import Add from '@mui/icons-material/Add';
import TableRowsOutlined from '@mui/icons-material/TableRowsOutlined';
import ViewKanbanOutlined from '@mui/icons-material/ViewKanbanOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatMoney } from '../../../lib/format';
import { type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { PageHeader } from '../../../lib/ui/page-header';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { SearchField } from '../../../lib/ui/search-field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useSearchParamsState } from '../../../lib/use-search-params-state';
import { useBoard } from '../api/get-board';
import { useDealStats } from '../api/get-deal-stats';
import { useDeals } from '../api/get-deals';
import { useOwners } from '../api/get-owners';
import { usePipelines } from '../api/get-pipelines';
import { type BoardFilters, dealsKeys, type DealStatus } from '../api/keys';
import { useMoveDeal } from '../api/move-deal';
import { DealBoard } from '../components/deal-board';
import { DealFormDialog } from '../components/deal-form-dialog';
import { DealTable } from '../components/deal-table';
import { usePageTitle } from '../../../lib/use-page-title';

const PAGE_SIZE = 25;
const STATUSES: { value: DealStatus | ''; label: string }[] = [
  { value: '', label: 'Any status' },
  { value: 'open', label: 'Open' },
  { value: 'won', label: 'Won' },
  { value: 'lost', label: 'Lost' },
];

/** Selects whose empty value means "no filter" show that choice instead of an empty box. */
const SHOW_EMPTY = { select: { displayEmpty: true }, inputLabel: { shrink: true } };

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="overline" sx={{ color: 'text.secondary', display: 'block', lineHeight: 1.4 }}>
        {label}
      </Typography>
      <Typography variant="h6" component="p" sx={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.3 }}>
        {value}
      </Typography>
    </Box>
  );
}

/** Deals of one pipeline, as a Kanban board or a sortable list, with the pipeline's headline figures. */
export function Component() {
  usePageTitle('Deals');
  const navigate = useNavigate();
  const [params, update] = useSearchParamsState();
  const pipelines = usePipelines();
  const { owners, canAssign } = useOwners();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const view = params.get('view') === 'list' ? 'list' : 'board';
  const pipeline = pipelines.data?.find((p) => p.id === params.get('pipeline')) ?? pipelines.data?.[0];
  const owner = params.get('owner') ?? '';
  const stageFilter = params.get('stage') ?? '';
  const status = (params.get('status') ?? '') as DealStatus | '';
  const sort = params.get('sort') ?? '-createdAt';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const search = params.get('q') ?? '';
  const debouncedSearch = useDebouncedValue(search.trim());

  const filters: BoardFilters = { ...(owner && { assignedToId: owner }), ...(debouncedSearch && { search: debouncedSearch }) };
  const board = useBoard(view === 'board' ? pipeline?.id : undefined, filters);
  const moveDeal = useMoveDeal(dealsKeys.board(pipeline?.id ?? '', filters));
  const stats = useDealStats(pipeline?.id);
  const list = useDeals(
    {
      pipelineId: pipeline?.id,
      ...(stageFilter && { stageId: stageFilter }),
      ...(status && { status }),
      ...(owner && { assignedToId: owner }),
      ...(debouncedSearch && { search: debouncedSearch }),
      sort,
      limit: PAGE_SIZE,
      offset: page * PAGE_SIZE,
    },
    view === 'list' && Boolean(pipeline),
  );

  const currency = board.data?.stages.flatMap((s) => s.deals)[0]?.currency ?? 'USD';
  const figures = (
    <Box sx={{ display: 'flex', gap: { xs: 3, xl: 5 }, flexWrap: 'wrap', px: 0.5 }} aria-label="Pipeline figures" role="group">
      <Figure label="Open deals" value={stats.data ? String(stats.data.open) : '…'} />
      <Figure label="Pipeline value" value={stats.data ? formatMoney(stats.data.pipelineValue, currency) : '…'} />
      <Figure label="Weighted forecast" value={stats.data ? formatMoney(stats.data.weightedPipelineValue, currency) : '…'} />
      <Figure label="Win rate" value={stats.data ? `${Math.round(stats.data.winRate * 100)}%` : '…'} />
      <Figure label="Average won deal" value={stats.data ? formatMoney(stats.data.averageDealSize, currency) : '…'} />
    </Box>
  );

  function handleMove(move: { dealId: string; stageId: string; index: number }) {
    const target = board.data?.stages.find((s) => s.id === move.stageId);
    moveDeal.mutate(move, {
      onSuccess: (deal) => {
        if (target?.outcome) setNotice({ severity: 'success', message: `“${deal.title}” marked as ${target.outcome}.` });
      },
      onError: (error) => {
        const reason = error instanceof ApiError && error.status === 404 ? 'it was deleted or is no longer assigned to you.' : errorMessage(error);
        setNotice({ severity: 'error', message: `The deal was not moved: ${reason}` });
      },
    });
  }

  return (
    <>
      <PageHeader
        title="Deals"
        description="Every opportunity from first contact to signed contract."
        actions={
          <>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={view}
              onChange={(_, next: 'board' | 'list' | null) => next && update({ view: next === 'board' ? null : next, page: null })}
              aria-label="View"
            >
              <ToggleButton value="board" aria-label="Board view">
                <ViewKanbanOutlined fontSize="small" sx={{ mr: 0.75 }} /> Board
              </ToggleButton>
              <ToggleButton value="list" aria-label="List view">
                <TableRowsOutlined fontSize="small" sx={{ mr: 0.75 }} /> List
              </ToggleButton>
            </ToggleButtonGroup>
            <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)} disabled={!pipeline}>
              New deal
            </Button>
          </>
        }
      />

      {pipelines.isError && <QueryErrorAlert query={pipelines} prefix="The pipelines could not be loaded" />}

      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <TextField
          select
          label="Pipeline"
          value={pipeline?.id ?? ''}
          onChange={(e) => update({ pipeline: e.target.value, stage: null, page: null })}
          sx={{ minWidth: 200 }}
          disabled={!pipelines.data}
        >
          {(pipelines.data ?? []).map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <SearchField placeholder="Search deals" label="Search deals" value={search} onChange={(q) => update({ q, page: null })} />
        {canAssign && (
          <TextField select label="Owner" value={owner} onChange={(e) => update({ owner: e.target.value, page: null })} sx={{ minWidth: 170 }} slotProps={SHOW_EMPTY}>
            <MenuItem value="">Everyone</MenuItem>
            {(owners ?? []).map((o) => (
              <MenuItem key={o.id} value={o.id}>
                {o.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        {view === 'list' && (
          <>
            <TextField select label="Stage" value={stageFilter} onChange={(e) => update({ stage: e.target.value, page: null })} sx={{ minWidth: 150 }} slotProps={SHOW_EMPTY}>
              <MenuItem value="">Any stage</MenuItem>
              {(pipeline?.stages ?? []).map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label="Status" value={status} onChange={(e) => update({ status: e.target.value, page: null })} sx={{ minWidth: 130 }} slotProps={SHOW_EMPTY}>
              {STATUSES.map((s) => (
                <MenuItem key={s.value} value={s.value}>
                  {s.label}
                </MenuItem>
              ))}
            </TextField>
          </>
        )}
      </Box>


      {view === 'board' &&
        (board.isError ? (
          <QueryErrorAlert query={board} />
        ) : board.data && board.data.pipeline.id === pipeline?.id ? (
          <DealBoard board={board.data} currency={currency} header={figures} onMove={handleMove} />
        ) : (
          <Box sx={{ display: 'flex', gap: 1.5, mt: 9 }}>
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} variant="rounded" width={264} height={420} sx={{ borderRadius: 3 }} />
            ))}
          </Box>
        ))}

      {view === 'list' && <Box sx={{ mb: 2.5 }}>{figures}</Box>}
      {view === 'list' && (
        <DealTable
          query={list}
          page={page}
          pageSize={PAGE_SIZE}
          sort={sort}
          onSort={(next) => update({ sort: next, page: null })}
          onPage={(next) => update({ page: String(next) })}
          emptyText={debouncedSearch ? `No deal matches “${debouncedSearch}”.` : 'No deals here yet.'}
        />
      )}

      <DealFormDialog
        open={creating}
        pipelines={pipelines.data ?? []}
        pipelineId={pipeline?.id}
        onClose={() => setCreating(false)}
        onSaved={(deal) => navigate(`/deals/${deal.id}`)}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

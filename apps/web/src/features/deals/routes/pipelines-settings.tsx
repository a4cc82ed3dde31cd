import Add from '@mui/icons-material/Add';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Fragment, useState } from 'react';
import { useCanManage } from '../../../lib/auth';
import { ConfirmDeleteDialog } from '../../../lib/ui/confirm-dialog';
import { type Notice, NoticeSnackbar, errorNotice } from '../../../lib/ui/notice-snackbar';
import { usePipelines } from '../api/get-pipelines';
import type { Pipeline } from '../api/keys';
import { useDeletePipeline, useUpdatePipeline } from '../api/mutate-pipeline';
import { PipelineEditorDialog } from '../components/pipeline-editor-dialog';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { usePageTitle } from '../../../lib/use-page-title';

function StageChain({ pipeline }: { pipeline: Pipeline }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 0.5 }} aria-label={`Stages of ${pipeline.name}`}>
      {pipeline.stages.map((stage, i) => (
        <Fragment key={stage.id}>
          {i > 0 && <ChevronRight sx={{ fontSize: 16, color: 'grey.400' }} />}
          <Chip
            size="small"
            variant={stage.outcome ? 'filled' : 'outlined'}
            color={stage.outcome === 'won' ? 'success' : stage.outcome === 'lost' ? 'error' : 'default'}
            label={`${stage.name} · ${stage.probability}%`}
            sx={stage.outcome ? undefined : { bgcolor: 'background.paper' }}
          />
        </Fragment>
      ))}
    </Box>
  );
}

/** Settings → Pipelines: create pipelines, edit their stages, choose the default. */
export function Component() {
  usePageTitle('Pipelines', 'Settings');
  const canEdit = useCanManage();
  const pipelines = usePipelines();
  const updatePipeline = useUpdatePipeline();
  const deletePipeline = useDeletePipeline();
  const [editing, setEditing] = useState<Pipeline | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Pipeline | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const fail = (error: unknown) => setNotice(errorNotice(error));

  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="h2">
            Pipelines
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            The stages your deals move through, and how likely a deal in each one is to close.
          </Typography>
        </Box>
        {canEdit && (
          <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
            New pipeline
          </Button>
        )}
      </Box>

      {!canEdit && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Managers and admins edit pipelines; you can see how they are set up.
        </Alert>
      )}
      {pipelines.isError && <QueryErrorAlert query={pipelines} prefix="The pipelines could not be loaded" />}

      <Box sx={{ display: 'grid', gap: 2 }}>
        {pipelines.isPending && [0, 1].map((i) => <Skeleton key={i} variant="rounded" height={112} sx={{ borderRadius: 3 }} />)}
        {pipelines.data?.map((pipeline) => (
          <Paper key={pipeline.id} variant="outlined" component="section" aria-label={pipeline.name} sx={{ borderRadius: 3, p: 2.5 }}>
            <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
              <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <Typography variant="subtitle1" component="h3">
                    {pipeline.name}
                  </Typography>
                  {pipeline.isDefault && <Chip size="small" color="primary" label="Default" />}
                </Box>
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {pipeline.description || `${pipeline.stages.length} stages`}
                </Typography>
              </Box>
              {canEdit && (
                <Box sx={{ display: 'flex', gap: 1 }}>
                  {!pipeline.isDefault && (
                    <Button
                      size="small"
                      color="inherit"
                      onClick={() =>
                        updatePipeline.mutate(
                          { id: pipeline.id, changes: { isDefault: true } },
                          { onSuccess: () => setNotice({ severity: 'success', message: `${pipeline.name} is now the default pipeline.` }), onError: fail },
                        )
                      }
                    >
                      Make default
                    </Button>
                  )}
                  <Button size="small" variant="outlined" onClick={() => setEditing(pipeline)}>
                    Edit stages
                  </Button>
                  {!pipeline.isDefault && (
                    <Button size="small" color="error" onClick={() => setDeleting(pipeline)}>
                      Delete
                    </Button>
                  )}
                </Box>
              )}
            </Box>
            <Box sx={{ mt: 2 }}>
              <StageChain pipeline={pipeline} />
            </Box>
          </Paper>
        ))}
      </Box>

      <PipelineEditorDialog
        open={editing !== null}
        pipeline={editing === 'new' ? undefined : (editing ?? undefined)}
        onClose={() => setEditing(null)}
        onSaved={(saved) => setNotice({ severity: 'success', message: `${saved.name} saved.` })}
      />
      <ConfirmDeleteDialog item={deleting} noun="pipeline" remove={deletePipeline} onClose={() => setDeleting(null)} onDeleted={setNotice}>
        A pipeline can be deleted once it holds no deals. Its stages go with it. This cannot be undone.
      </ConfirmDeleteDialog>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

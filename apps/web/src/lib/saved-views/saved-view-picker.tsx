import { errorMessage } from '@corral/api-client';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import BookmarkBorder from '@mui/icons-material/BookmarkBorder';
import Check from '@mui/icons-material/Check';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useCurrentUser } from '../auth';
import { showProblem, textFieldProps } from '../form-fields';
import { ActionDialog } from '../ui/action-dialog';
import { DialogButtons } from '../ui/dialog-buttons';
import { MenuHeading } from '../ui/menu-heading';
import {
  type SavedView,
  type SavedViewObjectType,
  type ViewState,
  useCreateSavedView,
  useDeleteSavedView,
  useSavedViews,
  useUpdateSavedView,
} from './use-saved-views';

interface SavedViewPickerProps {
  objectType: SavedViewObjectType;
  /** The list's state now: what "Save current view" keeps. */
  current: ViewState;
  /** The view the list shows (from the URL), or null for the list's default. */
  activeViewId: string | null;
  /** Applies a view, or the list's default (null). */
  onApply(view: SavedView | null): void;
  /** The default's name, e.g. "All contacts". */
  defaultLabel: string;
  onDone(message: string): void;
}

type Dialog = { kind: 'save' } | { kind: 'rename'; view: SavedView } | { kind: 'delete'; view: SavedView } | null;

/**
 * The views of a list: pick one (its filters, sort and columns go to the URL), save the current
 * state under a name, and rename, share, update or delete your own (an admin: any).
 */
export function SavedViewPicker({ objectType, current, activeViewId, onApply, defaultLabel, onDone }: SavedViewPickerProps) {
  const user = useCurrentUser();
  const views = useSavedViews(objectType);
  const update = useUpdateSavedView();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const all = views.data ?? [];
  const active = all.find((v) => v.id === activeViewId) ?? null;
  const mine = all.filter((v) => v.ownerId === user.id);
  const others = all.filter((v) => v.ownerId !== user.id);
  const canChange = active && (active.ownerId === user.id || user.role === 'admin');

  const pick = (view: SavedView | null) => {
    setAnchor(null);
    onApply(view);
  };
  const open = (next: Dialog) => {
    setAnchor(null);
    setError(null);
    setDialog(next);
  };
  const patch = (view: SavedView, body: Partial<Pick<SavedView, 'shared' | 'filters' | 'sort' | 'columns'>>, message: string) => {
    setAnchor(null);
    update.mutate({ id: view.id, ...body }, { onSuccess: () => onDone(message), onError: (e) => setError(errorMessage(e)) });
  };

  const item = (view: SavedView) => (
    <MenuItem key={view.id} selected={view.id === activeViewId} onClick={() => pick(view)}>
      <ListItemIcon>{view.id === activeViewId && <Check fontSize="small" />}</ListItemIcon>
      <ListItemText primary={view.name} secondary={view.ownerId === user.id ? (view.shared ? 'Shared' : null) : `by ${view.ownerName}`} />
    </MenuItem>
  );

  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        startIcon={<BookmarkBorder />}
        endIcon={<ArrowDropDown />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-label={`Saved views: ${active?.name ?? defaultLabel}`}
      >
        {active?.name ?? defaultLabel}
      </Button>
      {error && (
        <Alert severity="error" onClose={() => setError(null)} sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { minWidth: 260 } } }}>
        <MenuItem selected={!activeViewId} onClick={() => pick(null)}>
          <ListItemIcon>{!activeViewId && <Check fontSize="small" />}</ListItemIcon>
          <ListItemText primary={defaultLabel} />
        </MenuItem>
        {mine.length > 0 && <MenuHeading>Your views</MenuHeading>}
        {mine.map(item)}
        {others.length > 0 && <MenuHeading>Shared with you</MenuHeading>}
        {others.map(item)}
        <Divider />
        <MenuItem onClick={() => open({ kind: 'save' })}>Save current view…</MenuItem>
        {canChange && [
          <MenuItem key="update" onClick={() => patch(active, current, `Saved the current filters, sort and columns in '${active.name}'.`)}>
            Update “{active.name}” with current view
          </MenuItem>,
          <MenuItem key="rename" onClick={() => open({ kind: 'rename', view: active })}>
            Rename “{active.name}”…
          </MenuItem>,
          <MenuItem
            key="share"
            onClick={() => patch(active, { shared: !active.shared }, active.shared ? `'${active.name}' is yours alone again.` : `Everyone can now use '${active.name}'.`)}
          >
            {active.shared ? 'Stop sharing' : 'Share with everyone'}
          </MenuItem>,
          <MenuItem key="delete" onClick={() => open({ kind: 'delete', view: active })} sx={{ color: 'error.main' }}>
            Delete “{active.name}”…
          </MenuItem>,
        ]}
      </Menu>
      {dialog?.kind === 'save' && (
        <ViewNameDialog
          title="Save current view"
          confirmLabel="Save view"
          withShare
          onClose={() => setDialog(null)}
          onSaved={(view) => {
            setDialog(null);
            onApply(view);
            onDone(`Saved the view '${view.name}'.`);
          }}
          objectType={objectType}
          current={current}
        />
      )}
      {dialog?.kind === 'rename' && (
        <ViewNameDialog
          title="Rename view"
          confirmLabel="Rename"
          view={dialog.view}
          onClose={() => setDialog(null)}
          onSaved={(view) => {
            setDialog(null);
            onDone(`Renamed the view to '${view.name}'.`);
          }}
          objectType={objectType}
          current={current}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteViewDialog
          view={dialog.view}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            setDialog(null);
            onApply(null);
            onDone(`Deleted the view '${dialog.view.name}'.`);
          }}
        />
      )}
    </>
  );
}

interface ViewNameDialogProps {
  title: string;
  confirmLabel: string;
  objectType: SavedViewObjectType;
  current: ViewState;
  /** Renames this view; without it, saves a new one from `current`. */
  view?: SavedView;
  withShare?: boolean;
  onClose(): void;
  onSaved(view: SavedView): void;
}

function ViewNameDialog({ title, confirmLabel, objectType, current, view, withShare, onClose, onSaved }: ViewNameDialogProps) {
  const form = useForm({ defaultValues: { name: view?.name ?? '', shared: false } });
  const [detail, setDetail] = useState<string | null>(null);
  const create = useCreateSavedView();
  const update = useUpdateSavedView();
  const pending = create.isPending || update.isPending;

  function submit({ name, shared }: { name: string; shared: boolean }) {
    setDetail(null);
    const handlers = { onSuccess: (saved: unknown) => onSaved(saved as SavedView), onError: (error: unknown) => setDetail(showProblem(form, error, ['name'])) };
    if (view) update.mutate({ id: view.id, name: name.trim() }, handlers);
    else create.mutate({ objectType, name: name.trim(), shared, ...current }, handlers);
  }

  return (
    <ActionDialog open pending={pending} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="view-name-title">
      <form onSubmit={form.handleSubmit(submit)} noValidate>
        <DialogTitle id="view-name-title">{title}</DialogTitle>
        <DialogContent>
          {detail && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {detail}
            </Alert>
          )}
          <TextField autoFocus fullWidth margin="dense" label="Name" slotProps={{ htmlInput: { maxLength: 100 } }} {...textFieldProps(form, 'name')} />
          {withShare && (
            <FormControlLabel control={<Checkbox {...form.register('shared')} />} label="Share with everyone" sx={{ mt: 1 }} />
          )}
        </DialogContent>
        <DialogButtons confirmLabel={confirmLabel} pending={pending} disabled={!form.watch('name').trim()} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}

function DeleteViewDialog({ view, onClose, onDeleted }: { view: SavedView; onClose(): void; onDeleted(): void }) {
  const remove = useDeleteSavedView();
  return (
    <ActionDialog open pending={remove.isPending} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="delete-view-title">
      <DialogTitle id="delete-view-title">Delete the view “{view.name}”?</DialogTitle>
      <DialogContent>
        {remove.isError && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {errorMessage(remove.error)}
          </Alert>
        )}
        <DialogContentText>{view.shared ? 'Nobody will find it among their views any more. ' : ''}Only the saved filters, sort and columns go; no record changes.</DialogContentText>
      </DialogContent>
      <DialogButtons confirmLabel="Delete view" color="error" pending={remove.isPending} onCancel={onClose} onConfirm={() => remove.mutate(view.id, { onSuccess: onDeleted })} />
    </ActionDialog>
  );
}

import Add from '@mui/icons-material/Add';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { type FieldDefinition, type FieldObjectType, fieldTypeLabel, hasOptions, OBJECT_TYPES } from '../../../lib/custom-fields/field-types';
import { useFieldDefinitions } from '../../../lib/custom-fields/use-field-definitions';
import { ConfirmDeleteDialog } from '../../../lib/ui/confirm-dialog';
import { type DataColumn, DataTable, EmptyListMessage } from '../../../lib/ui/data-table';
import { type Notice, NoticeSnackbar, errorNotice } from '../../../lib/ui/notice-snackbar';
import { RowAction } from '../../../lib/ui/row-action';
import { usePageTitle } from '../../../lib/use-page-title';
import { useDeleteField } from '../api/delete-field';
import { useMoveField } from '../api/move-field';
import { FieldFormDialog } from '../components/field-form-dialog';

function objectTypeOf(param: string | null): FieldObjectType {
  return OBJECT_TYPES.find((o) => o.value === param)?.value ?? 'contact';
}

function LabelCell({ field }: { field: FieldDefinition }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="subtitle2" component="div">
        {field.label}
        {field.required && <Chip size="small" label="Required" sx={{ ml: 1, height: 18, fontSize: '0.6875rem' }} />}
      </Typography>
      {field.description && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {field.description}
        </Typography>
      )}
    </Box>
  );
}

function TypeCell({ field }: { field: FieldDefinition }) {
  if (!hasOptions(field.type)) return <>{fieldTypeLabel(field.type)}</>;
  const shown = field.options.slice(0, 4);
  return (
    <Box>
      {fieldTypeLabel(field.type)}
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {shown.map((o) => o.label).join(', ')}
        {field.options.length > shown.length && ` and ${field.options.length - shown.length} more`}
      </Typography>
    </Box>
  );
}

/** Settings → Fields: the custom fields of contacts, companies and deals; managers and admins change them, members read. */
export function Component() {
  usePageTitle('Fields', 'Settings');
  const canManage = useCanManage();
  const [params, setParams] = useSearchParams();
  const objectType = objectTypeOf(params.get('object'));
  const object = OBJECT_TYPES.find((o) => o.value === objectType)!;
  const fields = useFieldDefinitions(objectType);
  const move = useMoveField();
  const remove = useDeleteField();
  const [editing, setEditing] = useState<FieldDefinition | 'new' | null>(null);
  const [deleting, setDeleting] = useState<FieldDefinition | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const list = fields.data ?? [];

  function moveField(from: number, to: number) {
    move.mutate({ fields: list, from, to }, { onError: (error) => setNotice(errorNotice(error)) });
  }

  const columns: DataColumn<FieldDefinition>[] = [
    { id: 'label', header: 'Field', cell: (field) => <LabelCell field={field} /> },
    { id: 'key', header: 'Key', cell: (field) => field.key, sx: { fontFamily: 'monospace', fontSize: '0.8125rem', whiteSpace: 'nowrap' } },
    { id: 'type', header: 'Type', cell: (field) => <TypeCell field={field} /> },
  ];

  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="h2">
            Custom fields
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {canManage
              ? 'What your team records beyond the built-in fields. Each field shows on the record’s page, in its dialogs, lists, imports, exports and merge tags.'
              : 'What your team records beyond the built-in fields. Only managers and admins add, change or remove fields.'}
          </Typography>
        </Box>
        {canManage && (
          <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
            New field
          </Button>
        )}
      </Box>
      <Tabs
        value={objectType}
        onChange={(_, value: FieldObjectType) => setParams(value === 'contact' ? {} : { object: value }, { replace: true })}
        aria-label="Record type"
        sx={{ mb: 2 }}
      >
        {OBJECT_TYPES.map((o) => (
          <Tab key={o.value} value={o.value} label={o.plural} />
        ))}
      </Tabs>

      <DataTable
        label={`${object.label} fields`}
        columns={columns}
        query={{ ...fields, data: fields.data && { data: fields.data, total: fields.data.length }, isPlaceholderData: false }}
        rowKey={(field) => field.id}
        rowActions={
          canManage
            ? (field) => {
                const index = list.indexOf(field);
                return (
                  <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
                    <RowAction label={`Move ${field.label} up`} icon={<ArrowUpward fontSize="small" />} disabledReason={index === 0 ? 'Already first' : null} pending={move.isPending} onClick={() => moveField(index, index - 1)} />
                    <RowAction
                      label={`Move ${field.label} down`}
                      icon={<ArrowDownward fontSize="small" />}
                      disabledReason={index === list.length - 1 ? 'Already last' : null}
                      pending={move.isPending}
                      onClick={() => moveField(index, index + 1)}
                    />
                    <RowAction label={`Edit ${field.label}`} icon={<EditOutlined fontSize="small" />} onClick={() => setEditing(field)} />
                    <RowAction label={`Delete ${field.label}`} icon={<DeleteOutlined fontSize="small" />} onClick={() => setDeleting(field)} />
                  </Box>
                );
              }
            : undefined
        }
        empty={
          <EmptyListMessage icon={<TuneOutlined />} title={`No ${object.label.toLowerCase()} fields yet`}>
            {canManage ? `Add one to record what your team tracks about ${object.plural.toLowerCase()}: a rating, a renewal date, a plan.` : 'A manager or admin can add them.'}
          </EmptyListMessage>
        }
        page={0}
        pageSize={Math.max(list.length, 1)}
        onPageChange={() => undefined}
      />

      {canManage && (
        <>
          <FieldFormDialog
            open={editing !== null}
            objectType={objectType}
            field={editing === 'new' || editing === null ? undefined : editing}
            onClose={() => setEditing(null)}
            onSaved={(field) => setNotice({ severity: 'success', message: editing === 'new' ? `“${field.label}” was added.` : `“${field.label}” was saved.` })}
          />
          <ConfirmDeleteDialog item={deleting && { ...deleting, name: deleting.label }} noun="field" remove={remove} onClose={() => setDeleting(null)} onDeleted={setNotice}>
            {(field) => `Every ${object.label.toLowerCase()}’s value of “${field.name}” is deleted with it, and its column leaves exports. This cannot be undone.`}
          </ConfirmDeleteDialog>
        </>
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

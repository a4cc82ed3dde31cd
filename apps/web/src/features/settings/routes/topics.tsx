import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import MarkEmailReadOutlined from '@mui/icons-material/MarkEmailReadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useCanManage } from '../../../lib/auth';
import { type Topic, useTopics } from '../../../lib/topics/use-topics';
import { ConfirmDeleteDialog } from '../../../lib/ui/confirm-dialog';
import { type DataColumn, DataTable, EmptyListMessage } from '../../../lib/ui/data-table';
import { type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { RowAction } from '../../../lib/ui/row-action';
import { usePageTitle } from '../../../lib/use-page-title';
import { useDeleteTopic } from '../api/save-topic';
import { TopicFormDialog } from '../components/topic-form-dialog';

function NameCell({ topic }: { topic: Topic }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="subtitle2" component="div">
        {topic.name}
      </Typography>
      {topic.description && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {topic.description}
        </Typography>
      )}
    </Box>
  );
}

/** Settings → Topics: the kinds of email contacts choose among; managers and admins change them, members read. */
export function Component() {
  usePageTitle('Topics', 'Settings');
  const canManage = useCanManage();
  const topics = useTopics();
  const remove = useDeleteTopic();
  const [editing, setEditing] = useState<Topic | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Topic | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const list = topics.data ?? [];

  const columns: DataColumn<Topic>[] = [
    { id: 'name', header: 'Topic', cell: (topic) => <NameCell topic={topic} /> },
    {
      id: 'consent',
      header: 'Who gets its emails',
      cell: (topic) =>
        topic.requiresOptIn ? <Chip size="small" color="primary" variant="outlined" label="Subscribers only (opt-in)" /> : <Chip size="small" variant="outlined" label="Everyone until they unsubscribe" />,
    },
  ];

  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="h2">
            Topics
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {canManage
              ? 'The kinds of email you send. A campaign about a topic goes only to contacts who did not leave it, and its unsubscribe link leaves just that topic; contacts choose theirs in the preference centre.'
              : 'The kinds of email you send; contacts choose theirs in the preference centre. Only managers and admins add, change or remove topics.'}
          </Typography>
        </Box>
        {canManage && (
          <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
            New topic
          </Button>
        )}
      </Box>

      <DataTable
        label="Topics"
        columns={columns}
        query={{ ...topics, data: topics.data && { data: topics.data, total: topics.data.length }, isPlaceholderData: false }}
        rowKey={(topic) => topic.id}
        rowActions={
          canManage
            ? (topic) => (
                <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
                  <RowAction label={`Edit ${topic.name}`} icon={<EditOutlined fontSize="small" />} onClick={() => setEditing(topic)} />
                  <RowAction label={`Delete ${topic.name}`} icon={<DeleteOutlined fontSize="small" />} onClick={() => setDeleting(topic)} />
                </Box>
              )
            : undefined
        }
        empty={
          <EmptyListMessage icon={<MarkEmailReadOutlined />} title="No topics yet">
            {canManage ? 'Add one per kind of email, such as “Product news” or “Events”, so contacts can keep some and leave others.' : 'A manager or admin can add them.'}
          </EmptyListMessage>
        }
        page={0}
        pageSize={Math.max(list.length, 1)}
        onPageChange={() => undefined}
      />

      {canManage && (
        <>
          <TopicFormDialog
            open={editing !== null}
            topic={editing === 'new' || editing === null ? undefined : editing}
            onClose={() => setEditing(null)}
            onSaved={(topic) => setNotice({ severity: 'success', message: editing === 'new' ? `“${topic.name}” was added.` : `“${topic.name}” was saved.` })}
          />
          <ConfirmDeleteDialog item={deleting} noun="topic" remove={remove} onClose={() => setDeleting(null)} onDeleted={setNotice}>
            {(topic) => `Contacts’ choices about “${topic.name}” are deleted with it; their consent history keeps them. A topic that campaigns or workflows use cannot be deleted.`}
          </ConfirmDeleteDialog>
        </>
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

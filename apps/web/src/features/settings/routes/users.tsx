import type { User } from '@corral/api-client';
import ForwardToInbox from '@mui/icons-material/ForwardToInbox';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { type Role, useCanManage, useCurrentUser } from '../../../lib/auth';
import { formatDateTime, initials, roleLabel } from '../../../lib/format';
import { AccessNotice } from '../../../lib/ui/access-notice';
import { ConfirmDeleteDialog } from '../../../lib/ui/confirm-dialog';
import { type DataColumn, DataTable } from '../../../lib/ui/data-table';
import { type Notice, NoticeSnackbar, errorNotice } from '../../../lib/ui/notice-snackbar';
import { SearchField } from '../../../lib/ui/search-field';
import { usePagedSearch } from '../../../lib/use-paged-search';
import { useDeleteUser } from '../api/delete-user';
import { useUsers } from '../api/get-users';
import { useUpdateUser } from '../api/update-user';
import { CreateUserDialog } from '../components/create-user-dialog';
import { InviteUserDialog } from '../components/invite-user-dialog';
import { RoleChip } from '../components/role-chip';
import { UserActionsMenu } from '../components/user-actions-menu';
import { usePageTitle } from '../../../lib/use-page-title';

const PAGE_SIZE = 25;

function UserCell({ user, isYou }: { user: User; isYou: boolean }) {
  return (
    // A deactivated user is greyed by colour, not opacity, which would take the text below 4.5:1.
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
      <Avatar sx={{ width: 34, height: 34, fontSize: '0.8125rem', fontWeight: 600, bgcolor: 'grey.100', color: 'grey.700' }}>{initials(user.name)}</Avatar>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="subtitle2" component="div" noWrap sx={{ color: user.isActive ? 'text.primary' : 'text.secondary' }}>
          {user.name}
          {isYou && <Chip size="small" label="You" sx={{ ml: 1, height: 18, fontSize: '0.6875rem' }} />}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
          {user.email}
        </Typography>
      </Box>
    </Box>
  );
}

/** Deactivated wins over invited: a deactivated invitee cannot use their link either. */
function StatusLabel({ user }: { user: User }) {
  const status = !user.isActive ? 'Deactivated' : user.invitedAt ? 'Invited' : 'Active';
  const dot = { Active: 'success.main', Invited: 'warning.main', Deactivated: 'grey.300' }[status];
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }} title={status === 'Invited' ? 'Has not set a password yet' : undefined}>
      <Box sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: dot }} />
      <Typography variant="body2" sx={{ color: status === 'Deactivated' ? 'text.secondary' : 'text.primary' }}>
        {status}
      </Typography>
    </Box>
  );
}

/** The team's users; an admin adds, edits and deletes them, a manager (whom the API lets list but not change users) only reads. */
function UsersList() {
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const { search, setSearch, debouncedSearch, page, setPage } = usePagedSearch();
  const users = useUsers({ search: debouncedSearch || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const updateUser = useUpdateUser();
  const deleteUser = useDeleteUser();
  const [creating, setCreating] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [deleting, setDeleting] = useState<User | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const fail = (error: unknown) => setNotice(errorNotice(error));

  function changeRole(user: User, role: Role) {
    updateUser.mutate(
      { id: user.id, changes: { role } },
      { onSuccess: () => setNotice({ severity: 'success', message: `${user.name} is now ${roleLabel(role).toLowerCase()}.` }), onError: fail },
    );
  }

  function setActive(user: User, isActive: boolean) {
    updateUser.mutate(
      { id: user.id, changes: { isActive } },
      { onSuccess: () => setNotice({ severity: 'success', message: `${user.name} was ${isActive ? 'activated' : 'deactivated'}.` }), onError: fail },
    );
  }

  const columns: DataColumn<User>[] = [
    { id: 'user', header: 'User', cell: (user) => <UserCell user={user} isYou={user.id === me.id} /> },
    { id: 'role', header: 'Role', cell: (user) => <RoleChip role={user.role} /> },
    { id: 'status', header: 'Status', cell: (user) => <StatusLabel user={user} /> },
    { id: 'last-login', header: 'Last login', cell: (user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
  ];

  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="h2">
            Users
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {isAdmin ? 'People who can log in to this workspace and what they may do.' : 'People who can log in to this workspace. Only admins add people, change roles or deactivate accounts.'}
          </Typography>
        </Box>
        <SearchField placeholder="Search name or email" label="Search users" value={search} onChange={setSearch} sx={{ width: { xs: '100%', sm: 260 } }} />
        {isAdmin && (
          <>
            <Button variant="outlined" onClick={() => setCreating(true)}>
              Add user
            </Button>
            <Button variant="contained" startIcon={<ForwardToInbox />} onClick={() => setInviting(true)}>
              Invite user
            </Button>
          </>
        )}
      </Box>

      <DataTable
        label="Users"
        columns={columns}
        query={users}
        rowKey={(user) => user.id}
        rowActions={
          // A manager's list is read-only: no column of actions at all.
          isAdmin ? (user) => user.id !== me.id && <UserActionsMenu user={user} onChangeRole={changeRole} onSetActive={setActive} onDelete={setDeleting} /> : undefined
        }
        empty={debouncedSearch ? `No user matches “${debouncedSearch}”.` : 'No users yet.'}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />

      {isAdmin && (
        <>
          <InviteUserDialog open={inviting} onClose={() => setInviting(false)} onInvited={(email) => setNotice({ severity: 'success', message: `An invite was sent to ${email}.` })} />
          <CreateUserDialog open={creating} onClose={() => setCreating(false)} onCreated={(name) => setNotice({ severity: 'success', message: `${name} was added.` })} />
          <ConfirmDeleteDialog item={deleting} noun="user" remove={deleteUser} onClose={() => setDeleting(null)} onDeleted={setNotice}>
            {(user) =>
              `${user.email} will no longer be able to log in, and their contacts and deals become unassigned. This cannot be undone; to keep their history, deactivate them instead.`
            }
          </ConfirmDeleteDialog>
        </>
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

export function Component() {
  usePageTitle('Users', 'Settings');
  // Admins and managers may list users (`@Roles('admin', 'manager')` on GET /api/users); members may not.
  return useCanManage() ? (
    <UsersList />
  ) : (
    <AccessNotice title="Only admins manage users">Ask an admin of your workspace to add people, change roles or deactivate accounts.</AccessNotice>
  );
}

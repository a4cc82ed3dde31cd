import { errorMessage, type User } from '@corral/api-client';
import LockOutlined from '@mui/icons-material/LockOutlined';
import PersonAddAlt from '@mui/icons-material/PersonAddAlt';
import Search from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { type Role, useCurrentUser } from '../../../lib/auth';
import { formatDateTime, initials, roleLabel } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDeleteUser } from '../api/delete-user';
import { useUsers } from '../api/get-users';
import { useUpdateUser } from '../api/update-user';
import { CreateUserDialog } from '../components/create-user-dialog';
import { DeleteUserDialog } from '../components/delete-user-dialog';
import { RoleChip } from '../components/role-chip';
import { UserActionsMenu } from '../components/user-actions-menu';

const PAGE_SIZE = 25;

type Notice = { severity: 'success' | 'error'; message: string } | null;

function AdminsOnly() {
  return (
    <Paper variant="outlined" sx={{ p: 4, display: 'flex', gap: 2, alignItems: 'flex-start', borderRadius: 3 }}>
      <Box sx={{ width: 40, height: 40, borderRadius: 2, display: 'grid', placeItems: 'center', bgcolor: 'grey.100', color: 'grey.500', flexShrink: 0 }}>
        <LockOutlined fontSize="small" />
      </Box>
      <Box>
        <Typography variant="subtitle1" component="h2">
          Only admins manage users
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          Ask an admin of your workspace to add people, change roles or deactivate accounts.
        </Typography>
      </Box>
    </Paper>
  );
}

function UserCell({ user, isYou }: { user: User; isYou: boolean }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, opacity: user.isActive ? 1 : 0.6 }}>
      <Avatar sx={{ width: 34, height: 34, fontSize: '0.8125rem', fontWeight: 600, bgcolor: 'grey.100', color: 'grey.700' }}>{initials(user.name)}</Avatar>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="subtitle2" component="div" noWrap>
          {user.name}
          {isYou && <Chip size="small" label="You" sx={{ ml: 1, height: 18, fontSize: '0.6875rem' }} />}
        </Typography>
        <Typography variant="body2" color="text.secondary" noWrap>
          {user.email}
        </Typography>
      </Box>
    </Box>
  );
}

function StatusLabel({ active }: { active: boolean }) {
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      <Box sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: active ? 'success.main' : 'grey.300' }} />
      <Typography variant="body2" color={active ? 'text.primary' : 'text.secondary'}>
        {active ? 'Active' : 'Deactivated'}
      </Typography>
    </Box>
  );
}

function UsersAdmin() {
  const me = useCurrentUser();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const debouncedSearch = useDebouncedValue(search.trim());
  const users = useUsers({ search: debouncedSearch || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const updateUser = useUpdateUser();
  const deleteUser = useDeleteUser();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<User | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const fail = (error: unknown) => setNotice({ severity: 'error', message: errorMessage(error) });

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

  function confirmDelete(user: User) {
    deleteUser.mutate(user.id, {
      onSuccess: () => {
        setDeleting(null);
        setNotice({ severity: 'success', message: `${user.name} was deleted.` });
      },
      onError: (error) => {
        setDeleting(null);
        fail(error);
      },
    });
  }

  const rows = users.data?.data ?? [];

  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="h2">
            Users
          </Typography>
          <Typography variant="body2" color="text.secondary">
            People who can log in to this workspace and what they may do.
          </Typography>
        </Box>
        <TextField
          placeholder="Search name or email"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> },
            htmlInput: { 'aria-label': 'Search users' },
          }}
          sx={{ width: { xs: '100%', sm: 260 } }}
        />
        <Button variant="contained" startIcon={<PersonAddAlt />} onClick={() => setCreating(true)}>
          Add user
        </Button>
      </Box>

      {users.isError && (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => users.refetch()}>Retry</Button>}>
          {errorMessage(users.error)}
        </Alert>
      )}

      <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
        <TableContainer>
          <Table aria-label="Users">
            <TableHead>
              <TableRow>
                <TableCell>User</TableCell>
                <TableCell>Role</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Last login</TableCell>
                <TableCell align="right" aria-label="Actions" />
              </TableRow>
            </TableHead>
            <TableBody>
              {users.isPending &&
                Array.from({ length: 3 }, (_, i) => (
                  <TableRow key={i}>
                    <TableCell colSpan={5}>
                      <Skeleton height={34} />
                    </TableCell>
                  </TableRow>
                ))}
              {!users.isPending && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                    {debouncedSearch ? `No user matches “${debouncedSearch}”.` : 'No users yet.'}
                  </TableCell>
                </TableRow>
              )}
              {rows.map((user) => (
                <TableRow key={user.id} hover>
                  <TableCell>
                    <UserCell user={user} isYou={user.id === me.id} />
                  </TableCell>
                  <TableCell>
                    <RoleChip role={user.role} />
                  </TableCell>
                  <TableCell>
                    <StatusLabel active={user.isActive} />
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</TableCell>
                  <TableCell align="right" sx={{ width: 64 }}>
                    {user.id !== me.id && <UserActionsMenu user={user} onChangeRole={changeRole} onSetActive={setActive} onDelete={setDeleting} />}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {(users.data?.total ?? 0) > PAGE_SIZE && (
          <TablePagination
            component="div"
            count={users.data?.total ?? 0}
            page={page}
            onPageChange={(_, next) => setPage(next)}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[PAGE_SIZE]}
          />
        )}
      </Paper>

      <CreateUserDialog open={creating} onClose={() => setCreating(false)} onCreated={(name) => setNotice({ severity: 'success', message: `${name} was added.` })} />
      <DeleteUserDialog user={deleting} pending={deleteUser.isPending} onCancel={() => setDeleting(null)} onConfirm={confirmDelete} />
      <Snackbar open={Boolean(notice)} autoHideDuration={5000} onClose={() => setNotice(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        {notice ? (
          <Alert severity={notice.severity} variant="filled" onClose={() => setNotice(null)}>
            {notice.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}

export function Component() {
  const me = useCurrentUser();
  return me.role === 'admin' ? <UsersAdmin /> : <AdminsOnly />;
}

import type { User } from '@corral/api-client';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import PersonOffOutlined from '@mui/icons-material/PersonOffOutlined';
import PersonOutline from '@mui/icons-material/PersonOutlined';
import ShieldOutlined from '@mui/icons-material/ShieldOutlined';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import type { Role } from '../../../lib/auth';
import { roleLabel } from '../../../lib/format';

const ROLES: Role[] = ['admin', 'manager', 'member'];

interface UserActionsMenuProps {
  user: User;
  onChangeRole(user: User, role: Role): void;
  onSetActive(user: User, active: boolean): void;
  onDelete(user: User): void;
}

export function UserActionsMenu({ user, onChangeRole, onSetActive, onDelete }: UserActionsMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  const run = (action: () => void) => () => {
    close();
    action();
  };

  return (
    <>
      <IconButton size="small" aria-label={`Actions for ${user.name}`} aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>
        <MoreVert fontSize="small" />
      </IconButton>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { minWidth: 210 } } }}
      >
        <ListSubheader sx={{ lineHeight: '32px', fontSize: '0.75rem' }}>Change role</ListSubheader>
        {ROLES.filter((role) => role !== user.role).map((role) => (
          <MenuItem key={role} onClick={run(() => onChangeRole(user, role))}>
            <ListItemIcon>{role === 'admin' ? <ShieldOutlined fontSize="small" /> : <PersonOutline fontSize="small" />}</ListItemIcon>
            Make {roleLabel(role).toLowerCase()}
          </MenuItem>
        ))}
        <Divider />
        {user.isActive ? (
          <MenuItem onClick={run(() => onSetActive(user, false))}>
            <ListItemIcon>
              <PersonOffOutlined fontSize="small" />
            </ListItemIcon>
            Deactivate
          </MenuItem>
        ) : (
          <MenuItem onClick={run(() => onSetActive(user, true))}>
            <ListItemIcon>
              <PersonOutline fontSize="small" />
            </ListItemIcon>
            Activate
          </MenuItem>
        )}
        <MenuItem onClick={run(() => onDelete(user))} sx={{ color: 'error.main' }}>
          <ListItemIcon sx={{ color: 'inherit' }}>
            <DeleteOutline fontSize="small" />
          </ListItemIcon>
          Delete…
        </MenuItem>
      </Menu>
    </>
  );
}

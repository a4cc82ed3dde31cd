import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import LockReset from '@mui/icons-material/LockReset';
import Logout from '@mui/icons-material/Logout';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ChangePasswordDialog } from '../../features/auth/components/change-password-dialog';
import { useAuth, useCurrentUser } from '../../lib/auth';
import { initials, roleLabel } from '../../lib/format';
import { type Notice, NoticeSnackbar } from '../../lib/ui/notice-snackbar';

/** Out of sight but read by screen readers. */
const VISUALLY_HIDDEN = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

export function UserMenu() {
  const user = useCurrentUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [changingPassword, setChangingPassword] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  async function handleLogout() {
    setAnchor(null);
    await logout();
    navigate('/login', { replace: true });
  }

  return (
    <>
      {/*
        Named by the words it shows, after a prefix only screen readers read: an aria-label would
        have to repeat every visible word (WCAG 2.5.3, label in name: a speech user says what they
        see). The initials are the name again, so screen readers skip them.
      */}
      <ButtonBase
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        sx={{ borderRadius: 2, px: 1, py: 0.5, gap: 1.25, '&:hover': { bgcolor: 'action.hover' } }}
      >
        <Box component="span" sx={VISUALLY_HIDDEN}>
          Account menu for{' '}
        </Box>
        <Avatar aria-hidden sx={{ width: 32, height: 32, fontSize: '0.8125rem', fontWeight: 600, bgcolor: 'primary.main' }}>
          {initials(user.name)}
        </Avatar>
        {/* Phones show the avatar only; the name stays in the button's name. */}
        <Box sx={(theme) => ({ textAlign: 'left', [theme.breakpoints.down('sm')]: VISUALLY_HIDDEN })}>
          <Typography variant="subtitle2" component="div" sx={{ lineHeight: 1.3 }}>
            {user.name}
          </Typography>
          <Typography variant="caption" component="div" sx={{ color: 'text.secondary', lineHeight: 1.2 }}>
            {roleLabel(user.role)}
          </Typography>
        </Box>
        <KeyboardArrowDown fontSize="small" sx={{ color: 'text.secondary' }} />
      </ButtonBase>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { mt: 1, minWidth: 220 } } }}
      >
        <Box sx={{ px: 2, py: 1.25 }}>
          <Typography variant="subtitle2">{user.name}</Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {user.email}
          </Typography>
        </Box>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setChangingPassword(true);
          }}
          sx={{ mt: 0.5 }}
        >
          <ListItemIcon>
            <LockReset fontSize="small" />
          </ListItemIcon>
          Change password
        </MenuItem>
        <MenuItem onClick={handleLogout}>
          <ListItemIcon>
            <Logout fontSize="small" />
          </ListItemIcon>
          Log out
        </MenuItem>
      </Menu>
      <ChangePasswordDialog
        open={changingPassword}
        onClose={() => setChangingPassword(false)}
        onChanged={() => setNotice({ severity: 'success', message: 'Your password was changed. Other devices were signed out.' })}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

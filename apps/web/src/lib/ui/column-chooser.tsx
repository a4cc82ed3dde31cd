import ViewColumnOutlined from '@mui/icons-material/ViewColumnOutlined';
import Button from '@mui/material/Button';
import CheckBox from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlank from '@mui/icons-material/CheckBoxOutlineBlank';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { MenuHeading } from './menu-heading';

export interface ColumnOption {
  /** What the URL and saved views hold: a built-in column's id, or `cf.<key>`. */
  id: string;
  label: string;
  /** Custom fields are listed under their own heading. */
  custom?: boolean;
}

interface ColumnChooserProps {
  options: ColumnOption[];
  /** The shown columns' ids. */
  visible: string[];
  /** The shown columns, in the order of `options`. */
  onChange(visible: string[]): void;
  onReset(): void;
}

/** Which columns a list shows: the built-in ones and the custom fields, each toggled on or off. */
export function ColumnChooser({ options, visible, onChange, onReset }: ColumnChooserProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const toggle = (id: string) => {
    const next = visible.includes(id) ? visible.filter((v) => v !== id) : [...visible, id];
    onChange(options.map((o) => o.id).filter((o) => next.includes(o)));
  };
  const item = (option: ColumnOption) => {
    const on = visible.includes(option.id);
    return (
      <MenuItem key={option.id} dense onClick={() => toggle(option.id)} role="menuitemcheckbox" aria-checked={on}>
        {/* An icon, not a Checkbox: the item itself is the checkbox (aria-checked), and a control inside it would be a second one. */}
        <ListItemIcon>{on ? <CheckBox fontSize="small" color="primary" /> : <CheckBoxOutlineBlank fontSize="small" />}</ListItemIcon>
        <ListItemText primary={option.label} />
      </MenuItem>
    );
  };
  const builtIn = options.filter((o) => !o.custom);
  const custom = options.filter((o) => o.custom);

  return (
    <>
      <Button variant="outlined" color="inherit" startIcon={<ViewColumnOutlined />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu">
        Columns
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { minWidth: 220, maxHeight: '70vh' } }, list: { 'aria-label': 'Columns' } }}>
        {builtIn.map(item)}
        {custom.length > 0 && <MenuHeading>Custom fields</MenuHeading>}
        {custom.map(item)}
        <Divider />
        <MenuItem
          dense
          onClick={() => {
            setAnchor(null);
            onReset();
          }}
        >
          Default columns
        </MenuItem>
      </Menu>
    </>
  );
}

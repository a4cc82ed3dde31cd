import DataObject from '@mui/icons-material/DataObject';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useMergeTags } from '../api/get-merge-tags';

/** Lists the API's merge tags; picking one hands it to `onPick` (the editor inserts it at the cursor). */
export function MergeTagMenu({ onPick }: { onPick: (tag: string) => void }) {
  const tags = useMergeTags();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={<DataObject />}
        // Keep focus (and the caret) in the field being edited.
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => setAnchor(e.currentTarget)}
        disabled={!tags.data}
        aria-haspopup="menu"
      >
        Insert merge tag
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} disableAutoFocusItem disableRestoreFocus>
        {tags.data?.map((t) => (
          <MenuItem
            key={t.tag}
            onClick={() => {
              setAnchor(null);
              onPick(t.tag);
            }}
          >
            <ListItemText primary={t.tag} secondary={t.description} slotProps={{ primary: { sx: { fontFamily: 'monospace', fontSize: '0.8125rem' } } }} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

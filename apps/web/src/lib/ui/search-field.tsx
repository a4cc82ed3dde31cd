import Search from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import type { SxProps, Theme } from '@mui/material/styles';
import TextField from '@mui/material/TextField';

interface SearchFieldProps {
  value: string;
  onChange(value: string): void;
  placeholder: string;
  /** Accessible name, e.g. "Search campaigns" (the placeholder alone is not a label). */
  label: string;
  size?: 'small' | 'medium';
  sx?: SxProps<Theme>;
}

/** The search box above a list: a magnifier, no visible label, full width on phones. */
export function SearchField({ value, onChange, placeholder, label, size, sx = { width: { xs: '100%', sm: 280 } } }: SearchFieldProps) {
  return (
    <TextField
      size={size}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <Search fontSize="small" />
            </InputAdornment>
          ),
        },
        htmlInput: { 'aria-label': label },
      }}
      sx={sx}
    />
  );
}

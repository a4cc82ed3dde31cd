import Search from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import type { SxProps, Theme } from '@mui/material/styles';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';

interface SearchFieldProps {
  value: string;
  onChange(value: string): void;
  placeholder: string;
  /** Accessible name, e.g. "Search campaigns" (the placeholder alone is not a label). */
  label: string;
  size?: 'small' | 'medium';
  sx?: SxProps<Theme>;
}

/**
 * The search box above a list: a magnifier, no visible label, full width on phones.
 *
 * It keeps what is typed itself: lists keep their search in the URL, and a URL change renders
 * later (react-router wraps it in a transition), so a box showing only `value` flicked back to
 * the previous text on each keystroke — the caret jumped to the end and fast typing lost letters.
 * A new `value` from elsewhere (Back, a link) replaces the text unless the user is typing.
 */
export function SearchField({ value, onChange, placeholder, label, size, sx = { width: { xs: '100%', sm: 280 } } }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (document.activeElement !== input.current) setText(value);
  }, [value]);
  return (
    <TextField
      size={size}
      placeholder={placeholder}
      value={text}
      inputRef={input}
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value);
      }}
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

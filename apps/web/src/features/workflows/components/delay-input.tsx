import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { fieldErrorProps } from '../../../lib/form-fields';
import type { Delay, WorkflowDraft } from '../workflow-form';

interface DelayInputProps {
  form: UseFormReturn<WorkflowDraft>;
  /** The step's index in the form. */
  index: number;
  /** "after the trigger" or "after the previous step". */
  after: string;
  idPrefix: string;
}

const PARTS: { key: keyof Delay; unit: string; label: string; max: number }[] = [
  { key: 'days', unit: 'd', label: 'days', max: 365 },
  { key: 'hours', unit: 'h', label: 'hours', max: 23 },
  { key: 'minutes', unit: 'min', label: 'minutes', max: 59 },
];

/** "Wait [3 d] [0 h] [0 min] after …": the delay of a step in the units people think in. */
export function DelayInput({ form, index, after, idPrefix }: DelayInputProps) {
  const value = form.watch(`steps.${index}.delay`);
  const none = value.days === 0 && value.hours === 0 && value.minutes === 0;
  // The API's error about the delay (`delayMinutes`) is set on the days, the first of the three inputs.
  const error = fieldErrorProps(form, `steps.${index}.delay.days`).helperText;
  const errorId = `${idPrefix}-delay-error`;
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <ScheduleOutlined fontSize="small" sx={{ color: none ? 'grey.400' : 'primary.main' }} />
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Wait
        </Typography>
        {PARTS.map((part) => (
          <Controller
            key={part.key}
            control={form.control}
            name={`steps.${index}.delay.${part.key}`}
            render={({ field: { ref, ...field } }) => (
              <TextField
                {...field}
                inputRef={ref}
                id={`${idPrefix}-${part.key}`}
                type="number"
                error={Boolean(error)}
                onChange={(e) => field.onChange(Math.max(0, Math.min(part.max, Math.floor(Number(e.target.value) || 0))))}
                sx={{
                  width: part.key === 'minutes' ? 92 : 76,
                  // The browser's spin arrows crowd a two-digit field; arrow keys still step the value.
                  '& input': { py: 0.75, textAlign: 'right', MozAppearance: 'textfield' },
                  '& input::-webkit-inner-spin-button, & input::-webkit-outer-spin-button': { WebkitAppearance: 'none', m: 0 },
                }}
                slotProps={{
                  input: { endAdornment: <InputAdornment position="end">{part.unit}</InputAdornment> },
                  htmlInput: { min: 0, max: part.max, 'aria-label': `Delay ${part.label}`, 'aria-describedby': error ? errorId : undefined },
                }}
              />
            )}
          />
        ))}
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {after}
        </Typography>
      </Box>
      {error && (
        <Typography id={errorId} variant="caption" color="error" sx={{ display: 'block', mt: 0.5 }}>
          {error}
        </Typography>
      )}
    </Box>
  );
}

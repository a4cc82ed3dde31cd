import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** A card's heading in the builder and the read-only view, with an optional line under it. */
export function SectionTitle({ children, hint }: { children: string; hint?: string }) {
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h2">
        {children}
      </Typography>
      {hint && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {hint}
        </Typography>
      )}
    </Box>
  );
}

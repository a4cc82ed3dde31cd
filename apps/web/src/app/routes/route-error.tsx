import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useRouteError } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';

/** Shown when a page throws while rendering or its code fails to load (e.g. after a deploy). */
export function RouteError() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  const message = error instanceof Error ? error.message : 'An unexpected error occurred.';
  return (
    <Box role="alert" sx={{ minHeight: '60vh', display: 'grid', placeItems: 'center', textAlign: 'center', px: 3 }}>
      <Box>
        <Typography variant="h5" component="h1">
          Something went wrong
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1, mb: 3, maxWidth: 480 }}>
          {message}
        </Typography>
        <Button variant="contained" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
      </Box>
    </Box>
  );
}

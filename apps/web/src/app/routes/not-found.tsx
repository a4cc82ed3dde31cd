import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';

export function NotFound() {
  usePageTitle('Page not found');
  return (
    <Paper variant="outlined" sx={{ py: 8, px: 3, textAlign: 'center', borderRadius: 3 }}>
      <Typography variant="overline" color="primary">
        404
      </Typography>
      <Typography variant="h5" component="h1" sx={{ mt: 1 }}>
        Page not found
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1, mb: 3 }}>
        The address may be mistyped, or the page has moved.
      </Typography>
      <Button variant="contained" component={Link} to="/dashboard">
        Go to the dashboard
      </Button>
    </Paper>
  );
}

import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';

/** A contact that does not exist, or that is not yours to see: the same answer, on purpose. */
export function NotFoundContact() {
  return (
    <Paper variant="outlined" sx={{ py: 8, px: 3, textAlign: 'center', borderRadius: 3 }}>
      <Typography variant="h5" component="h1">
        Contact not found
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1, mb: 3 }}>
        It may have been deleted, or it is assigned to someone else.
      </Typography>
      <Button variant="contained" component={Link} to="/contacts">
        Back to contacts
      </Button>
    </Paper>
  );
}

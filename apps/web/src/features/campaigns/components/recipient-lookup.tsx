import Search from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { errorMessage } from '@corral/api-client';
import { useState } from 'react';
import { type RecipientExplanation, useExplainRecipient } from '../api/explain-recipient';

const REASONS: Record<RecipientExplanation['reason'], string> = {
  included: 'is in the audience: they will get this campaign.',
  not_in_audience: 'is not in the audience: the campaign’s segments and filter do not reach this contact (or no contact you can see has this address).',
  excluded_segment: 'is left out: they are in a segment this campaign excludes.',
  unsubscribed_topic: 'is left out: they are not subscribed to the campaign’s topic.',
  suppressed: 'is left out: the address is suppressed (unsubscribed, bounced, complained or added by hand).',
  archived: 'is left out: the contact is archived.',
  pending: 'is a recipient: their email is waiting to be sent.',
  sent: 'is a recipient: their email was sent.',
  delivered: 'is a recipient: their email was delivered.',
  failed: 'was a recipient, but sending their email failed.',
  bounced: 'was a recipient, but their email bounced.',
};

/** "Why did or didn't this person get it": the API's explanation for one address, before and after sending. */
export function RecipientLookup({ campaignId }: { campaignId: string }) {
  const [input, setInput] = useState('');
  const [email, setEmail] = useState('');
  const answer = useExplainRecipient(campaignId, email);
  return (
    <Paper variant="outlined" component="section" aria-label="Look up a recipient" sx={{ p: 3, borderRadius: 3, mt: 3 }}>
      <Typography variant="h6" component="h2">
        Look up a recipient
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
        Why an address gets this campaign, or why it does not.
      </Typography>
      <Box
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          setEmail(input.trim());
        }}
        sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <TextField size="small" type="email" label="Email address" value={input} onChange={(e) => setInput(e.target.value)} sx={{ minWidth: 280 }} />
        <Button type="submit" variant="outlined" startIcon={<Search />} disabled={!input.trim()} loading={answer.isFetching}>
          Look up
        </Button>
      </Box>
      <Box aria-live="polite" sx={{ mt: 2 }}>
        {answer.isError && <Alert severity="error">{errorMessage(answer.error)}</Alert>}
        {answer.data && (
          <Alert severity={answer.data.included ? 'success' : 'warning'}>
            <strong>{email}</strong> {REASONS[answer.data.reason]}
          </Alert>
        )}
      </Box>
    </Paper>
  );
}

import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PersonOffOutlined from '@mui/icons-material/PersonOffOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useCanManage } from '../../../lib/auth';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { type Notice, NoticeSnackbar, errorNotice } from '../../../lib/ui/notice-snackbar';
import { downloadContactData } from '../api/download';
import { useEraseContact } from '../api/erase-contact';

interface PrivacyContact {
  id: string;
  fullName: string;
  email: string;
}

/** Addresses compare as the API compares them: trimmed, in any letter case. */
const sameAddress = (typed: string, email: string) => typed.trim().toLowerCase() === email.trim().toLowerCase();

/**
 * GDPR on the contact's page, for managers and admins (the API refuses members): download
 * everything held on the person, or erase it behind a confirmation that asks for the address.
 */
export function ContactPrivacyActions({ contact, onErased }: { contact: PrivacyContact; onErased(notice: Exclude<Notice, null>): void }) {
  const canManage = useCanManage();
  const [exporting, setExporting] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  if (!canManage) return null;

  async function exportData() {
    setExporting(true);
    try {
      await downloadContactData(contact.id);
    } catch (error) {
      setNotice(errorNotice(error));
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <Button variant="outlined" color="inherit" startIcon={<FileDownloadOutlined />} loading={exporting} onClick={exportData}>
        Export data
      </Button>
      <Button variant="outlined" color="error" startIcon={<PersonOffOutlined />} onClick={() => setErasing(true)}>
        Erase personal data
      </Button>
      <EraseContactDialog open={erasing} contact={contact} onClose={() => setErasing(false)} onErased={onErased} />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

interface EraseDialogProps {
  open: boolean;
  contact: PrivacyContact;
  onClose(): void;
  onErased(notice: Exclude<Notice, null>): void;
}

export function EraseContactDialog({ open, contact, onClose, onErased }: EraseDialogProps) {
  const erase = useEraseContact();
  return (
    <ActionDialog open={open} pending={erase.isPending} onClose={onClose} maxWidth="sm" fullWidth>
      {/* Mounted with each opening, so the typed address never carries over to the next time. */}
      <EraseForm contact={contact} erase={erase} onClose={onClose} onErased={onErased} />
    </ActionDialog>
  );
}

function EraseForm({ contact, erase, onClose, onErased }: Omit<EraseDialogProps, 'open'> & { erase: ReturnType<typeof useEraseContact> }) {
  const form = useForm<{ confirmation: string }>({ defaultValues: { confirmation: '' } });
  const [detail, setDetail] = useState<string | null>(null);
  const typed = form.watch('confirmation');

  function submit() {
    setDetail(null);
    erase.mutate(contact.id, {
      onSuccess: () => {
        onClose();
        onErased({ severity: 'success', message: `The personal data of “${contact.fullName}” was erased; their address will not be emailed again.` });
      },
      onError: (error) => setDetail(showProblem(form, error, [])),
    });
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)}>
      <DialogTitle>Erase the personal data of “{contact.fullName}”?</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          The contact, its timeline, subscriptions, form submissions and workflow runs are deleted; its deals stay without a contact and its emails stay in the campaign figures without the address. The address is kept only as a hash, so no
          import, form or workflow emails it again unless the person confirms a new signup. This cannot be undone.
        </DialogContentText>
        <TextField
          {...textFieldProps(form, 'confirmation', { validate: (value) => sameAddress(value, contact.email) || 'Type the contact’s email address exactly' }, `Type ${contact.email} to confirm`)}
          label="Email address of the contact"
          autoComplete="off"
          fullWidth
          autoFocus
        />
        {detail && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {detail}
          </Alert>
        )}
      </DialogContent>
      <DialogButtons confirmLabel="Erase personal data" color="error" pending={erase.isPending} disabled={!sameAddress(typed, contact.email)} onCancel={onClose} />
    </form>
  );
}

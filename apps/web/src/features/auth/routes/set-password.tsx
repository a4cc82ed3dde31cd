import { usePageTitle } from '../../../lib/use-page-title';
import { PasswordLinkPage } from '../components/password-link-page';

/** Opened from an invite email: the invited user chooses their first password. */
export function Component() {
  usePageTitle('Set your password');
  return <PasswordLinkPage variant="invite" />;
}

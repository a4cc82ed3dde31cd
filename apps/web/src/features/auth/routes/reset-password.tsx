import { usePageTitle } from '../../../lib/use-page-title';
import { PasswordLinkPage } from '../components/password-link-page';

/** Opened from a password reset email. */
export function Component() {
  usePageTitle('Reset your password');
  return <PasswordLinkPage variant="reset" />;
}

import { PasswordLinkPage } from '../components/password-link-page';

/** Opened from an invite email: the invited user chooses their first password. */
export function Component() {
  return <PasswordLinkPage variant="invite" />;
}

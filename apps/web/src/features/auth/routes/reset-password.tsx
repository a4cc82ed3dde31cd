import { PasswordLinkPage } from '../components/password-link-page';

/** Opened from a password reset email. */
export function Component() {
  return <PasswordLinkPage variant="reset" />;
}

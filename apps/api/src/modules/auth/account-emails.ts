/** The texts of the account emails; pure, so the wording is tested without SMTP. */

export interface AccountEmailContent {
  subject: string;
  html: string;
  text: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * The SPA pages the links open (apps/web routes). The email address is only for the page to sign
 * the user in once the password is set; the token alone decides whose password it is.
 */
export function resetLink(publicUrl: string, secret: string, email: string): string {
  return `${publicUrl}/reset-password?token=${encodeURIComponent(secret)}&email=${encodeURIComponent(email)}`;
}

export function inviteLink(publicUrl: string, secret: string, email: string): string {
  return `${publicUrl}/set-password?token=${encodeURIComponent(secret)}&email=${encodeURIComponent(email)}`;
}

function layout(paragraphs: string[], link: string, action: string, footer: string): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html><body style="font-family: sans-serif; color: #1f2937; line-height: 1.5">
${body}
<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 10px 18px; background: #4338ca; color: #ffffff; border-radius: 6px; text-decoration: none">${escapeHtml(action)}</a></p>
<p style="color: #4b5563; font-size: 14px">Or paste this address into your browser: ${escapeHtml(link)}</p>
<p style="color: #4b5563; font-size: 14px">${escapeHtml(footer)}</p>
</body></html>`;
}

export function passwordResetEmail(name: string, link: string): AccountEmailContent {
  const intro = [`Hello ${name},`, 'Someone asked to reset the password of your Corral account. To choose a new password, open this link within an hour:'];
  const footer = 'The link works once. If you did not ask for it, ignore this email: your password stays as it is.';
  return {
    subject: 'Reset your Corral password',
    html: layout(intro, link, 'Choose a new password', footer),
    text: `${intro.join('\n\n')}\n\n${link}\n\n${footer}\n`,
  };
}

export function inviteEmail(name: string, link: string): AccountEmailContent {
  const intro = [`Hello ${name},`, 'An administrator created a Corral account for you. To start, choose your password within 7 days:'];
  const footer = 'The link works once. When it has expired, use "Forgot password?" on the login page with this email address.';
  return {
    subject: 'You are invited to Corral',
    html: layout(intro, link, 'Set your password', footer),
    text: `${intro.join('\n\n')}\n\n${link}\n\n${footer}\n`,
  };
}

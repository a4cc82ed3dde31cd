/** The text of the email admins get when an endpoint is disabled; pure, so the wording is tested without SMTP. */

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export function endpointDisabledEmail(url: string, reason: string, settingsLink: string): { subject: string; html: string; text: string } {
  const paragraphs = [
    `Corral stopped sending webhooks to ${url}.`,
    reason + '.',
    'Events that happen while it is off are not sent to it. Once the receiver works again, turn the endpoint back on in Settings → Webhooks; from there you can also redeliver the events it missed.',
  ];
  return {
    subject: `Webhook endpoint disabled: ${url}`,
    html: `<!doctype html>
<html><body style="font-family: sans-serif; color: #1f2937; line-height: 1.5">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(settingsLink)}">${escapeHtml(settingsLink)}</a></p>
</body></html>`,
    text: `${paragraphs.join('\n\n')}\n\n${settingsLink}\n`,
  };
}

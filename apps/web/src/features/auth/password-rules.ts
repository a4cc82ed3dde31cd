/** Same rule as the API's (apps/api users/password-rules.ts), checked here so a short password is refused before the call. */
export const PASSWORD_MIN_LENGTH = 8;

export const newPasswordRules = {
  required: 'Enter a password',
  minLength: { value: PASSWORD_MIN_LENGTH, message: `Use at least ${PASSWORD_MIN_LENGTH} characters` },
};

export const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters.`;

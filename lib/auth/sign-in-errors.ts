/**
 * The error codes the sign-in endpoint puts in its answer's `error` parameter (next-auth's client
 * hands back only that string), and what the sign-in form says for each.
 */
export const SERVICE_UNAVAILABLE = 'ServiceUnavailable';
const TOO_MANY_ATTEMPTS = 'TooManyAttempts';

export const tooManyAttempts = (seconds: number) => `${TOO_MANY_ATTEMPTS}:${Math.ceil(seconds)}`;

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function signInErrorMessage(error: string | null | undefined): string {
  if (error === SERVICE_UNAVAILABLE)
    return 'Sign-in is unavailable right now: our database did not answer. Your password was not checked; please try again in a few minutes.';
  if (error?.startsWith(`${TOO_MANY_ATTEMPTS}:`)) {
    const seconds = Number(error.slice(TOO_MANY_ATTEMPTS.length + 1));
    return `Too many failed sign-ins. Please wait ${waitText(Number.isFinite(seconds) && seconds > 0 ? seconds : 60)} before trying again.`;
  }
  return 'That email and password do not match an active account.';
}

import type { z } from 'zod';

/**
 * Per-field messages keyed by top-level field. Errors inside a list field (the accepted claims of
 * an import) say which item they are about: "Claim 3: Speaker is required."
 */
export function fieldErrorsOf(error: z.ZodError, itemLabel = 'Claim'): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const [field, index] = issue.path;
    const key = String(field ?? 'form');
    const message = typeof index === 'number' ? `${itemLabel} ${index + 1}: ${issue.message}` : issue.message;
    const list = (errors[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return errors;
}

/**
 * The idempotency key a form's submissions carry. It stays the same while the form sends the same
 * values and no send has succeeded, so a double click or a retry after a lost answer is stored once.
 * Values edited since the last send make a new submission with a new key: otherwise the retry of an
 * edited note after a lost answer was told "Already saved" while the edit was stored nowhere.
 */
export function submissionKeys() {
  let key: string | null = null;
  let sentValues = '';
  return {
    for(formData: FormData): string {
      const values = fingerprint(formData);
      if (key === null || values !== sentValues) {
        key = crypto.randomUUID();
        sentValues = values;
      }
      return key;
    },
    succeeded() {
      key = null;
    },
  };
}

/** What the form sends, files by name, size and date: enough to tell an edit from a resend. */
function fingerprint(formData: FormData): string {
  return JSON.stringify(
    [...formData]
      .filter(([name]) => name !== 'idempotencyKey' && !name.startsWith('$ACTION'))
      .map(([name, value]) =>
        typeof value === 'string' ? [name, value] : [name, value.name, value.size, value.lastModified],
      ),
  );
}

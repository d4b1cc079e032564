import { describe, expect, it } from 'vitest';
import { submissionKeys } from './submission-keys';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
};

describe('a form submission’s idempotency key', () => {
  it('stays the same for a resend of the same values until a send succeeds', () => {
    const keys = submissionKeys();
    const first = keys.for(form({ body: 'Ask the ministry.' }));
    expect(keys.for(form({ body: 'Ask the ministry.' }))).toBe(first);
    keys.succeeded();
    expect(keys.for(form({ body: 'Ask the ministry.' }))).not.toBe(first);
  });

  it('is new once the values were edited after a failed send, and again if they are edited back', () => {
    const keys = submissionKeys();
    const first = keys.for(form({ body: 'Ask the ministry.' }));
    const edited = keys.for(form({ body: 'Ask the ministry for the weekly count.' }));
    expect(edited).not.toBe(first);
    expect(keys.for(form({ body: 'Ask the ministry.' }))).not.toBe(edited);
  });

  it('ignores the key field itself and the framework’s own fields', () => {
    const keys = submissionKeys();
    const data = form({ body: 'Ask the ministry.' });
    const first = keys.for(data);
    data.set('idempotencyKey', first);
    data.set('$ACTION_ID_abc', '');
    expect(keys.for(data)).toBe(first);
  });
});

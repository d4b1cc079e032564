import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scriptClient } from '@/prisma/client';
import { parseAndRun } from './parse-and-run';

const db = scriptClient();
// Nothing listens on port 9: a real connection refusal, as during a database outage.
const unreachable = scriptClient('postgresql://nobody:nothing@127.0.0.1:9/none');
afterAll(() => Promise.all([db.$disconnect(), unreachable.$disconnect()]));

const schema = z.object({ body: z.string() });
const typed = { body: 'Two paragraphs of careful research' };

describe('a Server Action whose database fails', () => {
  it('answers with a form message and the typed input when the database does not answer', async () => {
    const state = await parseAndRun(schema, typed, async () => {
      await unreachable.note.count();
      return 'Saved.';
    });
    expect(state).toEqual({
      status: 'error',
      message: expect.stringContaining(
        'Couldn’t save — the database did not answer; your text is still here',
      ),
      values: typed,
    });
  });

  it('answers with a form message when Postgres refuses the statement (a NUL byte: 22021)', async () => {
    const state = await parseAndRun(schema, typed, async () => {
      await db.$executeRaw`SELECT ${'a\u0000b'}::text`;
      return 'Saved.';
    });
    expect(state).toMatchObject({
      status: 'error',
      message: expect.stringContaining('your text is still here'),
      values: typed,
    });
  });

  it('still throws what is not a database failure: a bug must not pass for an outage', async () => {
    await expect(
      parseAndRun(schema, typed, async () => Promise.reject(new TypeError('bug'))),
    ).rejects.toThrow('bug');
  });
});

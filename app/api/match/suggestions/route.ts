import { z } from 'zod';
import { AppError } from '@/lib/server/app-error';
import { apiUser } from '@/lib/server/api-user';
import { findCheckedBadges } from '@/lib/server/search/find-checked-badges';

const bodySchema = z.object({ texts: z.array(z.string().max(2000)).min(1).max(200) });

/**
 * POST /api/match/suggestions {texts} → per text, the published verdict it matches (or null):
 * the import screen's "Checked 2 Nov 2026: False" badges. Editors and above; a read, so a route
 * handler rather than a Server Action.
 */
export async function POST(request: Request) {
  const user = await apiUser('Sign in first.');
  if (user instanceof Response) return user;
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json({ error: 'Send {"texts": [...]} with 1 to 200 texts.' }, { status: 400 });
  try {
    return Response.json({ badges: await findCheckedBadges(user, parsed.data.texts) });
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN')
      return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeModel } from '@/lib/claims/checkworthiness-model';
import { extractClaims } from '@/lib/claims/extract-claims';
import { shippedModel } from '@/lib/claims/checkworthiness';
import { scriptClient } from '@/prisma/client';
import { createUser } from '@/prisma/factories';
import { acting } from '@/prisma/test-world';
import { importArticle } from '../articles/import-article';
import { activateExtractionModel } from './activate-extraction-model';
import { getActiveExtractionModel } from './get-active-extraction-model';
import { getSuggestionPerformance } from './get-suggestion-performance';
import { retrainExtractionModel } from './retrain-extraction-model';

const db = scriptClient();
afterAll(async () => {
  await activateExtractionModel(acting(await createUser(db, { role: 'ADMIN' })), { modelId: null });
  await db.$disconnect();
});

// Written for this test: this desk keeps every sentence about council budgets, which the shipped model
// (trained on presidential debates) scores low, and rejects every sentence about the weather.
const KEPT = Array.from(
  { length: 30 },
  (_, i) => `The council budget for ward ${i + 1} was agreed by councillors on Tuesday.`,
);
const REJECTED = Array.from(
  { length: 30 },
  (_, i) => `It was a lovely sunny morning in ward ${i + 1} on Tuesday.`,
);
const PROBE = 'The council budget for the harbour ward was agreed by councillors on Tuesday.';

describe('the desk retrains the extractor', () => {
  let editor: ReturnType<typeof acting>;
  let admin: ReturnType<typeof acting>;
  beforeAll(async () => {
    editor = acting(await createUser(db, { role: 'EDITOR' }));
    admin = acting(await createUser(db, { role: 'ADMIN' }));
  });

  it('stores review decisions from an import as labelled examples with who decided', async () => {
    const text = [...KEPT, ...REJECTED].join(' ');
    const decisions = [
      ...KEPT.map((sentence) => ({ sentence, decision: 'ACCEPTED' as const })),
      ...REJECTED.map((sentence) => ({ sentence, decision: 'REJECTED' as const })),
    ].map((d) => ({ ...d, score: 0.2, modelVersion: shippedModel().version }));
    await importArticle(editor, {
      title: `Council ${Date.now()}`,
      outlet: 'Local',
      publishedAt: new Date('2026-11-01T00:00:00Z'),
      text,
      claims: [],
      decisions,
    });
    expect(await db.extractionExample.count({ where: { decidedById: editor.id } })).toBe(60);
    const [month] = await getSuggestionPerformance(admin);
    expect(month.decisions).toBeGreaterThanOrEqual(60);
    expect(month.recall).not.toBeNull();
  });

  it('produces a model that, once activated, the import page loads and scores with', async () => {
    expect(await getActiveExtractionModel(editor)).toBeNull();
    const before = extractClaims(PROBE)[0];

    const { id, version, evaluation } = await retrainExtractionModel(admin);
    expect(evaluation.heldBack).toBeGreaterThan(0);
    expect(evaluation.after.f1).toBeGreaterThanOrEqual(evaluation.before.f1);
    expect(await getActiveExtractionModel(editor)).toBeNull();

    await activateExtractionModel(admin, { modelId: id });
    const stored = await getActiveExtractionModel(editor);
    expect(stored?.version).toBe(version);
    const after = extractClaims(PROBE, { model: decodeModel(stored!) })[0];
    expect(after.modelVersion).toBe(version);
    expect(after.score).toBeGreaterThan(before.score);
    expect(
      await db.auditEvent.count({
        where: {
          actorId: admin.id,
          action: { in: ['extraction.model.retrain', 'extraction.model.activate'] },
        },
      }),
    ).toBe(2);
  });

  it('refuses to retrain for anyone but an admin', async () => {
    await expect(retrainExtractionModel(editor)).rejects.toThrow(/cannot retrain/);
  });
});

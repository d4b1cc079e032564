import type { Page } from '@playwright/test';
import type { PrismaClient } from '../generated/prisma/client';
import { createArticle, createPublishedVerdict, createUser } from '../prisma/factories';
import type { World } from '../prisma/test-world';

/** Who tries the action: a signed-out visitor, each role, and (where it matters) the verdict's author. */
export type Actor = 'anonymous' | 'VIEWER' | 'EDITOR' | 'CHIEF' | 'ADMIN' | 'author';
export type Outcome = 'allowed' | 'denied';

export type Cell = {
  /** The page whose form posts to the action, and the user who can see that form. */
  path: string;
  renderer: 'EDITOR' | 'CHIEF' | 'ADMIN';
  form: string;
  /** Fills the form; `actor` is who will post it (for forms that ask for the poster's own password). */
  fill: (page: Page, actor: { password: string } | null) => Promise<void>;
  /** A count that grows only if the action took effect. */
  effect: (actingUserId: string | null) => Promise<number>;
  /** Actions that redirect on success show no message in the form. */
  redirects?: boolean;
};

type Row = {
  expected: Partial<Record<Actor, Outcome>>;
  setup: (w: World, db: PrismaClient) => Promise<Cell>;
};

const editorsUp: Partial<Record<Actor, Outcome>> = {
  anonymous: 'denied',
  VIEWER: 'denied',
  EDITOR: 'allowed',
  CHIEF: 'allowed',
  ADMIN: 'allowed',
};
const chiefsUp: Partial<Record<Actor, Outcome>> = {
  anonymous: 'denied',
  VIEWER: 'denied',
  EDITOR: 'denied',
  CHIEF: 'allowed',
  ADMIN: 'allowed',
};
const everyone: Partial<Record<Actor, Outcome>> = {
  anonymous: 'allowed',
  VIEWER: 'allowed',
  EDITOR: 'allowed',
  CHIEF: 'allowed',
  ADMIN: 'allowed',
};
const signedIn: Partial<Record<Actor, Outcome>> = {
  anonymous: 'denied',
  VIEWER: 'allowed',
  EDITOR: 'allowed',
  CHIEF: 'allowed',
  ADMIN: 'allowed',
};
const adminOnly: Partial<Record<Actor, Outcome>> = {
  anonymous: 'denied',
  VIEWER: 'denied',
  EDITOR: 'denied',
  CHIEF: 'denied',
  ADMIN: 'allowed',
};

/** A claim in review whose newest verdict the second chief wrote (the "author"), optionally already approved. */
async function claimInReview(w: World, db: PrismaClient, approved: boolean) {
  const claim = w.claims[3];
  await db.verdict.create({
    data: {
      claimId: claim.id,
      rating: 'FALSE',
      conclusion: 'No.',
      rationale: 'Because.',
      authorId: w.secondChief.id,
      approvedAt: approved ? new Date() : null,
    },
  });
  await db.claim.update({ where: { id: claim.id }, data: { status: 'IN_REVIEW' } });
  return claim;
}

const count = (n: number | boolean) => Number(n);

/** A sentence of the world's article that no claim covers yet, for "make a claim from a selection". */
export async function uncoveredSentence(w: World, db: PrismaClient) {
  const taken = await db.claim.findMany({
    where: { articleId: w.article.id },
    select: { startOffset: true, endOffset: true },
  });
  const match = [...w.article.text.matchAll(/[A-Z][^.!?\n"“”]{30,}[.!?]/g)].find(
    (m) => !taken.some((c) => c.startOffset < m.index + m[0].length && m.index < c.endOffset),
  )!;
  return { start: match.index, end: match.index + match[0].length, text: match[0] };
}

async function sourceOn(w: World, db: PrismaClient) {
  return db.source.create({
    data: {
      claimId: w.claims[1].id,
      url: 'https://example.org/s',
      title: 'Matrix source',
      publisher: 'Example',
      stance: 'CONTEXT',
      addedById: w.users.EDITOR.id,
    },
  });
}

async function noteOn(w: World, db: PrismaClient) {
  return db.note.create({
    data: { claimId: w.claims[1].id, body: 'Matrix note', authorId: w.users.EDITOR.id },
  });
}

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * One row per Server Action (named as the build's server-reference manifest names it), one column
 * per actor. The spec fails if the build has an action this table does not list.
 */
export const ACTION_MATRIX: Record<string, Row> = {
  addSourceAction: {
    expected: editorsUp,
    setup: async (w, db) => ({
      path: `/desk/claims/${w.claims[1].id}`,
      renderer: 'EDITOR',
      form: 'source-form',
      fill: async (page) => {
        const f = page.getByTestId('source-form');
        await f.getByLabel('Source URL').fill('https://example.org/source');
        await f.getByLabel('Title').fill('A source');
        await f.getByLabel('Publisher').fill('Example');
        await f.getByLabel('Kind').selectOption('NEWS_REPORT');
        await f.getByLabel('Stance').selectOption('CONTEXT');
      },
      effect: () => db.source.count({ where: { claimId: w.claims[1].id } }),
    }),
  },
  saveVerdictAction: {
    expected: editorsUp,
    setup: async (w, db) => ({
      path: `/desk/claims/${w.claims[1].id}`,
      renderer: 'EDITOR',
      form: 'verdict-form',
      fill: async (page) => {
        const f = page.getByTestId('verdict-form');
        await f.getByLabel('Rating').selectOption('TRUE');
        await f.getByLabel('Conclusion').fill('Correct.');
        await f.getByLabel('Rationale').fill('Checked.');
      },
      effect: () => db.verdict.count({ where: { claimId: w.claims[1].id } }),
    }),
  },
  addNoteAction: {
    expected: editorsUp,
    setup: async (w, db) => ({
      path: `/desk/claims/${w.claims[1].id}`,
      renderer: 'EDITOR',
      form: 'note-form',
      fill: (page) => page.getByTestId('note-form').getByLabel('Internal note').fill('A note'),
      effect: () => db.note.count({ where: { claimId: w.claims[1].id } }),
    }),
  },
  changeStatusAction: {
    expected: editorsUp,
    setup: async (w, db) => ({
      path: `/desk/claims/${w.claims[1].id}`,
      renderer: 'EDITOR',
      form: 'move-RESEARCHING',
      fill: async () => {},
      effect: async () =>
        count((await db.claim.findUniqueOrThrow({ where: { id: w.claims[1].id } })).status !== 'NEW'),
    }),
  },
  assignAction: {
    expected: chiefsUp,
    setup: async (w, db) => ({
      path: `/desk/claims/${w.claims[1].id}`,
      renderer: 'CHIEF',
      form: 'assign-form',
      fill: (page) =>
        page
          .getByTestId('assign-form')
          .getByLabel('Assigned editor')
          .selectOption({ label: w.users.EDITOR.name })
          .then(() => {}),
      effect: async () =>
        count((await db.claim.findUniqueOrThrow({ where: { id: w.claims[1].id } })).assigneeId !== null),
    }),
  },
  castVoteAction: {
    expected: { ...chiefsUp, author: 'denied' },
    setup: async (w, db) => {
      const claim = await claimInReview(w, db, false);
      return {
        path: `/desk/claims/${claim.id}`,
        renderer: 'ADMIN',
        form: 'vote-form',
        fill: (page) =>
          page
            .getByTestId('vote-form')
            .getByLabel('Your decision')
            .selectOption('APPROVE')
            .then(() => {}),
        effect: () => db.vote.count({ where: { verdict: { claimId: claim.id } } }),
      };
    },
  },
  publishAction: {
    // Approval is the second person's sign-off; once approved, any chief may press publish.
    expected: { ...chiefsUp, author: 'allowed' },
    setup: async (w, db) => {
      const claim = await claimInReview(w, db, true);
      return {
        path: `/desk/claims/${claim.id}`,
        renderer: 'ADMIN',
        form: 'publish-form',
        fill: async () => {},
        effect: async () =>
          count((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status === 'PUBLISHED'),
      };
    },
  },
  unpublishAction: {
    expected: chiefsUp,
    setup: async (w, db) => {
      const claim = w.claims[2];
      await createPublishedVerdict(db, { claimId: claim.id, rating: 'TRUE', authorId: w.secondChief.id });
      return {
        path: `/desk/claims/${claim.id}`,
        renderer: 'CHIEF',
        form: 'unpublish-form',
        fill: (page) => page.getByTestId('unpublish-form').getByLabel('Reason to unpublish').fill('Testing'),
        effect: async () =>
          count((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status !== 'PUBLISHED'),
      };
    },
  },
  editClaimAction: {
    expected: editorsUp,
    setup: async (w, db) => ({
      path: `/desk/claims/${w.claims[1].id}/edit`,
      renderer: 'EDITOR',
      form: 'edit-claim-form',
      redirects: true,
      fill: (page) =>
        page
          .getByTestId('edit-claim-form')
          .getByLabel('Claim as checked')
          .fill('Trump says the claim was reworded for the matrix'),
      effect: () => db.auditEvent.count({ where: { entityId: w.claims[1].id, action: 'claim.edit' } }),
    }),
  },
  createClaimAction: {
    expected: editorsUp,
    setup: async (w, db) => {
      const span = await uncoveredSentence(w, db);
      return {
        path: `/desk/articles/${w.article.id}/claims/new?start=${span.start}&end=${span.end}`,
        renderer: 'EDITOR',
        form: 'create-claim-form',
        redirects: true,
        fill: (page) => page.getByTestId('create-claim-form').getByLabel('Speaker').fill('Donald Trump'),
        effect: () => db.claim.count({ where: { articleId: w.article.id } }),
      };
    },
  },
  splitClaimAction: {
    expected: editorsUp,
    setup: async (w, db) => ({
      path: `/desk/claims/${w.casualty.id}/split`,
      renderer: 'EDITOR',
      form: 'split-form',
      redirects: true,
      fill: (page) =>
        page
          .getByTestId('cut-picker')
          .getByRole('button', { name: /Split before/ })
          .nth(2)
          .click(),
      effect: () => db.claim.count({ where: { articleId: w.article.id } }),
    }),
  },
  mergeClaimsAction: {
    expected: editorsUp,
    setup: async (w, db) => ({
      path: `/desk/claims/${w.claims[1].id}/merge`,
      renderer: 'EDITOR',
      form: 'merge-form',
      fill: (page) => page.getByTestId('merge-form').getByRole('checkbox').first().check(),
      effect: () => db.claim.count({ where: { mergedIntoId: w.claims[1].id } }),
    }),
  },
  editSourceAction: {
    expected: editorsUp,
    setup: async (w, db) => {
      const source = await sourceOn(w, db);
      return {
        path: `/desk/claims/${w.claims[1].id}`,
        renderer: 'EDITOR',
        form: `edit-source-${source.id}`,
        fill: async (page) => {
          await page.getByText('Edit source').click();
          await page
            .getByTestId(`edit-source-${source.id}`)
            .getByLabel('Title')
            .fill('Matrix source, corrected title');
        },
        effect: () => db.source.count({ where: { id: source.id, title: 'Matrix source, corrected title' } }),
      };
    },
  },
  removeSourceAction: {
    expected: editorsUp,
    setup: async (w, db) => {
      const source = await sourceOn(w, db);
      return {
        path: `/desk/claims/${w.claims[1].id}`,
        renderer: 'EDITOR',
        form: `remove-source-${source.id}`,
        fill: (page) => page.getByText('Remove source', { exact: true }).first().click(),
        effect: () => db.source.count({ where: { id: source.id, removedAt: { not: null } } }),
      };
    },
  },
  editNoteAction: {
    expected: editorsUp,
    setup: async (w, db) => {
      const note = await noteOn(w, db);
      return {
        path: `/desk/claims/${w.claims[1].id}`,
        renderer: 'EDITOR',
        form: `edit-note-${note.id}`,
        fill: async (page) => {
          await page.getByText('Edit note').click();
          await page
            .getByTestId(`edit-note-${note.id}`)
            .getByLabel('Internal note')
            .fill('Matrix note, edited');
        },
        effect: () => db.note.count({ where: { id: note.id, body: 'Matrix note, edited' } }),
      };
    },
  },
  removeNoteAction: {
    expected: editorsUp,
    setup: async (w, db) => {
      const note = await noteOn(w, db);
      return {
        path: `/desk/claims/${w.claims[1].id}`,
        renderer: 'EDITOR',
        form: `remove-note-${note.id}`,
        fill: (page) => page.getByText('Remove note', { exact: true }).first().click(),
        effect: () => db.note.count({ where: { id: note.id, removedAt: { not: null } } }),
      };
    },
  },
  updateSpeakerAction: {
    expected: editorsUp,
    setup: async (_w, db) => {
      const speaker = await db.speaker.create({ data: { name: `Matrix Speaker ${unique()}` } });
      return {
        path: '/desk/speakers',
        renderer: 'EDITOR',
        form: `speaker-${speaker.id}`,
        fill: (page) =>
          page.getByTestId(`speaker-${speaker.id}`).getByLabel('Job title').fill('Minister of Matrices'),
        effect: () => db.speaker.count({ where: { id: speaker.id, title: 'Minister of Matrices' } }),
      };
    },
  },
  mergeSpeakersAction: {
    expected: chiefsUp,
    setup: async (_w, db) => {
      const [keep, drop] = await Promise.all([
        db.speaker.create({ data: { name: `Matrix Keep ${unique()}` } }),
        db.speaker.create({ data: { name: `Matrix Drop ${unique()}` } }),
      ]);
      return {
        path: '/desk/speakers',
        renderer: 'CHIEF',
        form: 'merge-speakers-form',
        fill: async (page) => {
          const f = page.getByTestId('merge-speakers-form');
          await f.getByLabel('Duplicate (removed)').selectOption(drop.id);
          await f.getByLabel('Speaker to keep').selectOption(keep.id);
        },
        effect: () => db.auditEvent.count({ where: { action: 'speaker.merge', entityId: keep.id } }),
      };
    },
  },
  importArticleAction: {
    expected: editorsUp,
    setup: async (_w, db) => {
      const title = `Matrix import ${Date.now()}-${Math.random()}`;
      return {
        path: '/desk/import',
        renderer: 'EDITOR',
        form: 'import-form',
        redirects: true,
        fill: async (page) => {
          await page.getByLabel('Title').fill(title);
          await page.getByLabel('Outlet').fill('Outlet');
          await page.getByLabel('Publication date').fill('2025-01-01');
          await page.getByLabel('Article text').fill('The minister said 40 percent of schools closed.');
        },
        effect: () => db.article.count({ where: { title } }),
      };
    },
  },
  startBulkImportAction: {
    expected: editorsUp,
    setup: async (_w, db) => {
      const outlet = `Matrix bulk ${Date.now()}-${Math.random()}`;
      return {
        path: '/desk/import/bulk',
        renderer: 'EDITOR',
        form: 'bulk-import-form',
        redirects: true,
        fill: async (page) => {
          await page.getByLabel('Outlet').fill(outlet);
          await page.getByLabel('Publication date').fill('2025-01-01');
          await page.getByLabel('Article files').setInputFiles({
            name: 'matrix.txt',
            mimeType: 'text/plain',
            buffer: Buffer.from('The minister said 40 percent of schools closed.'),
          });
          await page.getByRole('list', { name: 'Chosen files' }).waitFor();
        },
        effect: () => db.bulkImport.count({ where: { outlet } }),
      };
    },
  },
  addExtractedClaimsAction: {
    expected: editorsUp,
    setup: async (_w, db) => {
      const article = await createArticle(db, {
        text: '"Unemployment fell to 3 percent last year," the minister said. Prices doubled since 2020, she added.',
      });
      return {
        path: `/desk/articles/${article.id}/extract`,
        renderer: 'EDITOR',
        form: 'add-claims-form',
        fill: async (page) => {
          await page.getByTestId('suggestion').first().waitFor();
          await page.getByLabel('Show low-scoring sentences too').check();
          for (const box of await page.getByTestId('suggestion').getByRole('checkbox').all())
            await box.check();
          for (const speaker of await page.getByTestId('suggestion').getByLabel('Speaker').all())
            if (!(await speaker.inputValue())) await speaker.fill('The minister');
        },
        effect: () => db.claim.count({ where: { articleId: article.id } }),
      };
    },
  },
  createUserAction: {
    expected: adminOnly,
    setup: async (_w, db) => {
      const email = `matrix-${Date.now()}-${Math.random().toString(36).slice(2)}@test.claimdesk`;
      return {
        path: '/desk/admin',
        renderer: 'ADMIN',
        form: 'create-user-form',
        fill: async (page) => {
          const f = page.getByTestId('create-user-form');
          await f.getByLabel('Name').fill('Matrix User');
          await f.getByLabel('Email').fill(email);
          await f.getByLabel('Role').selectOption('VIEWER');
        },
        effect: () => db.user.count({ where: { email } }),
      };
    },
  },
  updateUserAction: {
    expected: adminOnly,
    setup: async (_w, db) => {
      const target = await createUser(db, { role: 'VIEWER' });
      return {
        path: `/desk/admin?q=${encodeURIComponent(target.email)}`,
        renderer: 'ADMIN',
        form: `user-${target.id}`,
        fill: (page) =>
          page
            .getByTestId(`user-${target.id}`)
            .getByLabel(`Role of ${target.name}`)
            .selectOption('EDITOR')
            .then(() => {}),
        effect: async () =>
          count((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role === 'EDITOR'),
      };
    },
  },
  submitReaderMessageAction: {
    // Readers need no account; the honeypot and rate limit are tested in public-site.spec.ts.
    expected: everyone,
    setup: async (_w, db) => {
      const marker = `matrix-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      return {
        path: '/suggest',
        renderer: 'EDITOR',
        form: 'suggest-form',
        fill: async (page) => {
          const f = page.getByTestId('suggest-form');
          await f.getByLabel('What is this about?').selectOption('SUGGEST_CLAIM');
          await f.getByLabel('Your message').fill(`Please check this ${marker}`);
        },
        effect: () => db.readerSubmission.count({ where: { message: { contains: marker } } }),
      };
    },
  },
  retrainExtractionModelAction: {
    expected: adminOnly,
    setup: async (w, db) => {
      // Enough desk decisions of each kind for a retrain to run; the candidate it stores stays inactive.
      const sentence = (i: number, kept: boolean) =>
        kept
          ? `The matrix budget rose by ${i} percent in 2025.`
          : `What a lovely matrix morning number ${i}.`;
      await db.extractionExample.createMany({
        data: [true, false].flatMap((kept) =>
          Array.from({ length: 10 }, (_, i) => ({
            sentence: sentence(i, kept),
            decision: kept ? ('ACCEPTED' as const) : ('REJECTED' as const),
            suggestedScore: 0.5,
            modelVersion: 'matrix',
            decidedById: w.users.EDITOR.id,
          })),
        ),
      });
      return {
        path: '/desk/admin/extraction',
        renderer: 'ADMIN',
        form: 'retrain-form',
        fill: async () => {},
        effect: (actorId) => db.extractionModel.count({ where: { trainedById: actorId ?? '' } }),
      };
    },
  },
  activateExtractionModelAction: {
    expected: adminOnly,
    // Going back to the shipped model: activating a candidate would change the import page under other specs running at the same time.
    setup: async (_w, db) => ({
      path: '/desk/admin/extraction',
      renderer: 'ADMIN',
      form: 'activate-shipped',
      fill: async () => {},
      effect: (actorId) => db.auditEvent.count({ where: { action: 'extraction.model.activate', actorId } }),
    }),
  },
  changePasswordAction: {
    // Everyone signed in changes their own password; the proof is the poster's current password.
    expected: signedIn,
    setup: async (_w, db) => ({
      path: '/password',
      renderer: 'EDITOR',
      form: 'change-password-form',
      redirects: true,
      fill: async (page, actor) => {
        const f = page.getByTestId('change-password-form');
        await f.getByLabel('Current password').fill(actor?.password ?? 'not-signed-in');
        await f.getByLabel(/^New password \*?$/).fill('quiet harbour lantern 42');
        await f.getByLabel('New password again').fill('quiet harbour lantern 42');
      },
      effect: (actorId) => db.auditEvent.count({ where: { action: 'user.change-password', actorId } }),
    }),
  },
  linkClaimAction: {
    expected: editorsUp,
    setup: async (w, db) => {
      // Two claims sharing every word, two of them words no other claim has: other cells' claims share
      // fewer words and no prefix, so the earlier one tops the panel however many cells ran before. The
      // later claim's quote says the same, since the panel searches claim and quote and every world's
      // copy of the article shares the quote.
      const made = () =>
        Array.from({ length: 9 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');
      const text = `The ${made()} dam held back the ${made()} flood`;
      const [later, earlier] = [w.claims[4], w.claims[5]];
      await db.claim.update({
        where: { id: later.id },
        data: {
          claimReviewed: text,
          quote: text,
        },
      });
      // Under research: "Previously checked" lists only claims the desk has started on.
      await db.claim.update({
        where: { id: earlier.id },
        data: { claimReviewed: `${text} again`, status: 'RESEARCHING' },
      });
      return {
        path: `/desk/claims/${later.id}`,
        renderer: 'EDITOR',
        form: `link-form-${earlier.id}`,
        fill: (page) =>
          page
            .getByTestId(`link-form-${earlier.id}`)
            .getByLabel('This claim is')
            .selectOption('RELATED')
            .then(() => {}),
        effect: () => db.claimLink.count({ where: { claimId: later.id, earlierId: earlier.id } }),
      };
    },
  },
  copyEarlierSourcesAction: {
    expected: editorsUp,
    setup: async (w, db) => {
      const [later, earlier] = [w.claims[4], w.claims[5]];
      // Published under words of its own: every world's copy of the article shares the original
      // wording, and other specs check that their unpublished copy is nowhere public.
      await db.claim.update({
        where: { id: earlier.id },
        data: { claimReviewed: `Matrix record check ${earlier.id}` },
      });
      await db.source.create({
        data: {
          claimId: earlier.id,
          url: 'https://records.example/matrix',
          title: 'Matrix record',
          publisher: 'Records office',
          stance: 'SUPPORTS',
          addedById: w.users.EDITOR.id,
        },
      });
      await createPublishedVerdict(db, { claimId: earlier.id, authorId: w.users.CHIEF.id });
      await db.claimLink.create({
        data: {
          claimId: later.id,
          earlierId: earlier.id,
          kind: 'SAME_CLAIM',
          createdById: w.users.EDITOR.id,
        },
      });
      return {
        path: `/desk/claims/${later.id}?reuse=${earlier.id}`,
        renderer: 'EDITOR',
        form: 'copy-sources-form',
        fill: async () => {},
        effect: () => db.source.count({ where: { claimId: later.id } }),
      };
    },
  },
  startReportExportAction: {
    // Anyone signed in may export what they can see; internal notes are checked in the data function.
    expected: {
      anonymous: 'denied',
      VIEWER: 'allowed',
      EDITOR: 'allowed',
      CHIEF: 'allowed',
      ADMIN: 'allowed',
    },
    setup: async (_w, db) => ({
      path: '/desk/export',
      renderer: 'EDITOR',
      form: 'background-export-form',
      fill: async () => {},
      effect: (actingUserId) => db.reportExport.count({ where: { requestedById: actingUserId ?? '' } }),
      redirects: true,
    }),
  },
  updateSettingsAction: {
    expected: adminOnly,
    setup: async (_w, db) => ({
      path: '/desk/admin',
      renderer: 'ADMIN',
      form: 'settings-form',
      // Saving the default value again: other tests run at the same time and rely on one vote per review.
      fill: (page) => page.getByTestId('settings-form').getByLabel('Votes per review').fill('1'),
      effect: (actorId) => db.auditEvent.count({ where: { action: 'settings.update', actorId } }),
    }),
  },
  triageReaderMessageAction: {
    expected: editorsUp,
    setup: async (_w, db) => {
      const message = await db.readerSubmission.create({
        data: { kind: 'SUGGEST_CLAIM', message: 'Please check the matrix claim.', senderKey: 'matrix' },
      });
      return {
        path: '/desk/submissions',
        renderer: 'EDITOR',
        form: `triage-DISMISSED-${message.id}`,
        fill: async () => {},
        effect: () => db.readerSubmission.count({ where: { id: message.id, status: 'DISMISSED' } }),
      };
    },
  },
  turnMessageIntoClaimAction: {
    expected: editorsUp,
    setup: async (_w, db) => {
      const message = await db.readerSubmission.create({
        data: {
          kind: 'SUGGEST_CLAIM',
          message: 'The mayor said 90 percent of buses run on time.',
          url: 'https://example.org/mayor',
          senderKey: 'matrix',
        },
      });
      return {
        path: '/desk/submissions',
        renderer: 'EDITOR',
        form: `turn-into-claim-${message.id}`,
        redirects: true,
        fill: async (page) => {
          await page
            .getByTestId(`submission-${message.id}`)
            .getByRole('button', { name: 'Turn into a claim…' })
            .click();
          await page.getByTestId(`turn-into-claim-${message.id}`).getByLabel('Who said it').fill('The mayor');
        },
        effect: () => db.readerSubmission.count({ where: { id: message.id, status: 'CLAIMED' } }),
      };
    },
  },
  markNotificationsReadAction: {
    // Everyone signed in has their own notices; the action only ever marks the caller's.
    expected: {
      anonymous: 'denied',
      VIEWER: 'allowed',
      EDITOR: 'allowed',
      CHIEF: 'allowed',
      ADMIN: 'allowed',
    },
    setup: async (w, db) => {
      await db.notification.create({
        data: {
          userId: w.users.EDITOR.id,
          kind: 'ASSIGNED',
          claimId: w.claims[1].id,
          actorId: w.users.CHIEF.id,
        },
      });
      return {
        path: '/desk/notifications',
        renderer: 'EDITOR',
        form: 'mark-all-read',
        fill: async () => {},
        effect: (actorId) => db.auditEvent.count({ where: { action: 'notification.read', actorId } }),
      };
    },
  },
};

/**
 * Route handlers: expected HTTP status per actor. Auth is next-auth's own public endpoint. A path's
 * [segment] takes the case's `params` value, else the world's article id.
 */
export const ROUTE_MATRIX: Record<
  string,
  {
    query: string;
    params?: Record<string, string>;
    body?: unknown;
    expected: Partial<Record<Actor, number>>;
  }[]
> = {
  // {articleId} stands for the world's article.
  'app/api/reports/route.ts GET': [
    {
      query: 'format=md&article={articleId}',
      expected: { anonymous: 401, VIEWER: 200, EDITOR: 200, CHIEF: 200, ADMIN: 200 },
    },
    {
      query: 'format=md&article={articleId}&notes=1',
      expected: { anonymous: 401, VIEWER: 403, EDITOR: 200, CHIEF: 200, ADMIN: 200 },
    },
    {
      query: 'format=csv&status=PUBLISHED&notes=1',
      expected: { anonymous: 401, VIEWER: 403, EDITOR: 200, ADMIN: 200 },
    },
    { query: 'format=docx&article={articleId}', expected: { anonymous: 401, VIEWER: 400, EDITOR: 400 } },
    { query: 'format=md&article=nosucharticle', expected: { anonymous: 401, VIEWER: 404 } },
  ],
  // Published matches only, for anyone; the spec in search.spec.ts checks what comes back.
  'app/api/match/route.ts GET': [
    { query: 'text=Russia%20hoax', expected: { anonymous: 200, VIEWER: 200, EDITOR: 200 } },
    { query: 'text=a', expected: { anonymous: 400 } },
  ],
  'app/api/match/suggestions/route.ts POST': [
    {
      query: '',
      body: { texts: ['Russia hoax'] },
      expected: { anonymous: 401, VIEWER: 403, EDITOR: 200, CHIEF: 200, ADMIN: 200 },
    },
  ],
  // Another user's (or no) export is "not found" to everyone signed in; the owner's path is in test:scale.
  'app/api/report-exports/[id]/route.ts GET': [
    { query: '', expected: { anonymous: 401, VIEWER: 404, CHIEF: 404 } },
  ],
  // Another user's (or no) import is "not found" to everyone signed in; the owner's view is in import.spec.ts.
  'app/api/bulk-imports/[id]/route.ts GET': [
    { query: '', expected: { anonymous: 401, VIEWER: 404, CHIEF: 404 } },
  ],
  'app/api/report-exports/[id]/file/route.ts GET': [
    { query: '', expected: { anonymous: 401, VIEWER: 404, ADMIN: 404 } },
  ],
  'app/api/auth/[...nextauth]/route.ts GET': [],
  'app/api/auth/[...nextauth]/route.ts POST': [],
  'app/feeds/[feed]/route.ts GET': [
    { query: '', params: { feed: 'verdicts.atom' }, expected: { anonymous: 200, VIEWER: 200 } },
    { query: '', params: { feed: 'claimreview.json' }, expected: { anonymous: 200, VIEWER: 200 } },
    { query: '', params: { feed: 'nosuchfeed' }, expected: { anonymous: 404 } },
  ],
};

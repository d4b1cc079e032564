import { z } from 'zod';
import { id, version } from './fields';

export const sendForReviewSchema = z.object({ claimId: id('Claim'), version });
export type SendForReviewInput = z.output<typeof sendForReviewSchema>;

export const approveAndPublishSchema = z.object({ claimId: id('Claim'), verdictId: id('Verdict'), version });
export type ApproveAndPublishInput = z.output<typeof approveAndPublishSchema>;

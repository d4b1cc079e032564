import { z } from 'zod';
import { ClaimLinkKind } from '@/generated/prisma/enums';
import { id } from './fields';

export const linkClaimSchema = z.object({
  claimId: id('Claim'),
  earlierId: id('Earlier claim'),
  kind: z.enum(ClaimLinkKind, { error: 'Choose "same claim" or "related".' }),
});

export type LinkClaimInput = z.output<typeof linkClaimSchema>;

import { z } from 'zod';
import { ClaimLinkKind } from '@/generated/prisma/enums';
import { id, idempotencyKey } from './fields';

export const linkClaimSchema = z.object({
  claimId: id('Claim'),
  earlierId: id('Earlier claim'),
  kind: z.enum(ClaimLinkKind, { error: 'Choose "same claim" or "related".' }),
});

export type LinkClaimInput = z.output<typeof linkClaimSchema>;

export const copyEarlierSourcesSchema = z.object({
  claimId: id('Claim'),
  earlierId: id('Earlier claim'),
  idempotencyKey,
});

export type CopyEarlierSourcesInput = z.output<typeof copyEarlierSourcesSchema>;

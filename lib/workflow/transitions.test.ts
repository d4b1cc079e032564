import { describe, expect, it } from 'vitest';
import { findMove, movesFor, reviewOutcome } from './transitions';

describe('claim status moves', () => {
  it('lets an editor research and send for review, but not archive', () => {
    expect(movesFor('NEW', 'EDITOR').map((m) => m.to)).toEqual(['RESEARCHING', 'IN_REVIEW', 'NOT_CHECKABLE']);
    expect(movesFor('RESEARCHING', 'CHIEF').map((m) => m.to)).toContain('ARCHIVED');
  });

  it('gives a viewer no moves at all', () => {
    expect(movesFor('NEW', 'VIEWER')).toEqual([]);
  });

  it('requires a reason to mark a claim not checkable, and has no direct move to published', () => {
    expect(findMove('RESEARCHING', 'NOT_CHECKABLE')?.needsReason).toBe(true);
    expect(findMove('IN_REVIEW', 'PUBLISHED')).toBeUndefined();
    expect(findMove('PUBLISHED', 'RESEARCHING')).toBeUndefined();
  });
});

describe('review votes', () => {
  const A = { decision: 'APPROVE' as const };
  const R = { decision: 'REJECT' as const };
  it('decides on one vote by default', () => {
    expect(reviewOutcome([A], 1)).toBe('APPROVED');
    expect(reviewOutcome([R], 1)).toBe('REJECTED');
  });
  it('waits for all votes and lets the majority carry when three are needed', () => {
    expect(reviewOutcome([A, A], 3)).toBe('PENDING');
    expect(reviewOutcome([A, R, A], 3)).toBe('APPROVED');
    expect(reviewOutcome([R, A, R], 3)).toBe('REJECTED');
  });
  it('treats a tie as not approved', () => {
    expect(reviewOutcome([A, R], 2)).toBe('REJECTED');
  });
});

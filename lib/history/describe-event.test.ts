import { describe, expect, it } from 'vitest';
import { describeEvent } from './describe-event';

describe('history entries', () => {
  it('shows a rating change in words, and leaves out what did not change', () => {
    const { summary, changes } = describeEvent({
      action: 'verdict.save',
      before: { rating: 'MOSTLY_FALSE', conclusion: 'Same', status: 'RESEARCHING' },
      after: { rating: 'FALSE', conclusion: 'Same', status: 'RESEARCHING', verdictId: 'v1' },
    });
    expect(summary).toBe('saved a verdict');
    expect(changes).toEqual([{ field: 'Rating', before: 'Mostly false', after: 'False' }]);
  });

  it('describes a status move with its reason', () => {
    const { changes } = describeEvent({
      action: 'claim.status',
      before: { status: 'NEW' },
      after: { status: 'NOT_CHECKABLE', reason: 'An opinion' },
    });
    expect(changes).toEqual([
      { field: 'Status', before: 'New', after: 'Not checkable' },
      { field: 'Reason', before: undefined, after: 'An opinion' },
    ]);
  });

  it('never shows enum values: votes, outcomes, stances and retired ratings read as words', () => {
    const vote = describeEvent({
      action: 'verdict.vote',
      before: null,
      after: { verdictId: 'v1', decision: 'APPROVE', comment: 'Fine', outcome: 'APPROVED' },
    });
    expect(vote.changes).toEqual([
      { field: 'Vote', before: undefined, after: 'Approve' },
      { field: 'Comment', before: undefined, after: 'Fine' },
      { field: 'Review outcome', before: undefined, after: 'Approved' },
    ]);
    expect(
      describeEvent({ action: 'source.add', before: null, after: { stance: 'SUPPORTS' } }).changes[0].after,
    ).toBe('Supports');
    expect(
      describeEvent({ action: 'claim.migrate', before: { rating: 'NOT_CHECKABLE' }, after: null }).changes[0]
        .before,
    ).toBe('Not checkable');
  });
});

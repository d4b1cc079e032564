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
    const { changes } = describeEvent({ action: 'claim.status', before: { status: 'NEW' }, after: { status: 'NOT_CHECKABLE', reason: 'An opinion' } });
    expect(changes).toEqual([
      { field: 'Status', before: 'New', after: 'Not checkable' },
      { field: 'Reason', before: undefined, after: 'An opinion' },
    ]);
  });
});

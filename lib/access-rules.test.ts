import { describe, expect, it } from 'vitest';
import { can, canEditClaim, CHANGE_RULES, mayVoteOn, refusal } from './access-rules';
import { describeEvent } from './history/describe-event';

describe('the access table', () => {
  it('gives each role exactly the actions its rank allows', () => {
    expect(can('VIEWER', 'source.add')).toBe(false);
    expect(can('EDITOR', 'source.add')).toBe(true);
    expect(can('EDITOR', 'verdict.vote')).toBe(false);
    expect(can('CHIEF', 'claim.publish')).toBe(true);
    expect(can('CHIEF', 'user.create')).toBe(false);
    expect(can('ADMIN', 'settings.update')).toBe(true);
    expect(can(null, 'submission.create')).toBe(true);
    expect(can(null, 'note.add')).toBe(false);
  });

  it('never lets a viewer read or export internal notes', () => {
    expect(can('VIEWER', 'note.read')).toBe(false);
    expect(can('VIEWER', 'note.export')).toBe(false);
    expect(can('EDITOR', 'note.read')).toBe(true);
  });

  it('does not let the author vote on their own verdict', () => {
    const chief = { id: 'c1', role: 'CHIEF' as const };
    expect(mayVoteOn(chief, { authorId: 'c1' })).toBe(false);
    expect(mayVoteOn(chief, { authorId: 'e1' })).toBe(true);
    expect(mayVoteOn({ id: 'e2', role: 'EDITOR' }, { authorId: 'e1' })).toBe(false);
  });

  it('freezes archived and not-checkable claims, and claims for viewers', () => {
    expect(canEditClaim('EDITOR', 'RESEARCHING')).toBe(true);
    expect(canEditClaim('EDITOR', 'ARCHIVED')).toBe(false);
    expect(canEditClaim('ADMIN', 'NOT_CHECKABLE')).toBe(false);
    expect(canEditClaim('VIEWER', 'RESEARCHING')).toBe(false);
  });

  it('explains a refusal with the action and the role it needs', () => {
    expect(refusal('VIEWER', 'note.add')).toBe('Viewers cannot write notes; it needs editor or above.');
    expect(refusal('EDITOR', 'claim.publish')).toBe(
      'Editors cannot publish verdicts; it needs chief editor or above.',
    );
  });

  it('has a history sentence for every action it audits', () => {
    for (const action of Object.keys(CHANGE_RULES))
      expect(describeEvent({ action, before: null, after: null }).summary).not.toBe(action);
  });
});

import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './security-headers';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('content security policy', () => {
  it('gives pages rendered per request a nonce and strict-dynamic, with no inline or eval escape hatch', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123', dev: false });
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
  });

  it('lets stored HTML run its inline bootstrap and nothing from elsewhere; eval only in development', () => {
    expect(directive(contentSecurityPolicy({ dev: false }), 'script-src')).toBe(
      "script-src 'self' 'unsafe-inline'",
    );
    expect(directive(contentSecurityPolicy({ nonce: 'n', dev: true }), 'script-src')).toContain(
      "'unsafe-eval'",
    );
  });
});

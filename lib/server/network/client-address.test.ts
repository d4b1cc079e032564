import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PEER_ADDRESS_HEADER } from './peer-address';

const request = (peer: string | null, forwardedFor?: string) =>
  new Headers({
    ...(peer ? { [PEER_ADDRESS_HEADER]: peer } : {}),
    ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
  });
let clientAddress: typeof import('./client-address').clientAddress;

describe('client address', () => {
  const before = process.env.TRUSTED_PROXIES;
  beforeAll(async () => {
    process.env.TRUSTED_PROXIES = '10.0.0.0/8, 127.0.0.1';
    // Test files share one module registry (isolate: false): read the list afresh, as a new server would.
    vi.resetModules();
    ({ clientAddress } = await import('./client-address'));
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TRUSTED_PROXIES;
    else process.env.TRUSTED_PROXIES = before;
    vi.resetModules();
  });

  it('ignores X-Forwarded-For from a peer that is not a declared proxy', () => {
    expect(clientAddress(request('198.51.100.7', '203.0.113.1'))).toBe('198.51.100.7');
  });

  it('takes the right-most untrusted entry behind declared proxies, never what the client wrote on the left', () => {
    expect(clientAddress(request('::ffff:127.0.0.1', '1.2.3.4, 203.0.113.9, 10.1.2.3'))).toBe('203.0.113.9');
    expect(clientAddress(request('127.0.0.1'))).toBe('127.0.0.1');
  });

  it('is unknown when the peer was not stamped', () => {
    expect(clientAddress(request(null, '203.0.113.1'))).toBeNull();
  });
});

import { randomBytes } from 'node:crypto';

/**
 * A client address no other test will draw, for the X-Forwarded-For the e2e server trusts from
 * loopback. Rate limits (reader messages, sign-in) count per address across the whole run, so two
 * tests that drew the same address from a 250-address range shared a quota and failed now and then:
 * addresses here come from the IPv6 documentation prefix with 96 random bits. The limits count an
 * IPv6 client's /64, so 32 of those bits tell tests apart: ample for a few hundred addresses a run.
 */
export function uniqueClientAddress(): string {
  const groups = randomBytes(12).toString('hex').match(/.{4}/g)!;
  return `2001:db8:${groups.join(':')}`;
}

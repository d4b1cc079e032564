import { describe, expect, it } from 'vitest';
import { addressBucket } from './address-bucket';

describe('addressBucket', () => {
  it('counts an IPv4 client alone, however its address is written', () => {
    expect(addressBucket('198.51.100.7')).toBe('198.51.100.7');
    expect(addressBucket('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressBucket('198.51.100.8')).not.toBe(addressBucket('198.51.100.7'));
  });

  it('counts every address in one IPv6 /64 together, and other /64s apart', () => {
    const one = addressBucket('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
    expect(addressBucket('2001:db8:1:2::1')).toBe(one);
    expect(addressBucket('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe(one);
    expect(addressBucket('2001:db8:1:3::1')).not.toBe(one);
    expect(one).toBe('2001:db8:1:2::/64');
  });

  it('leaves what is not an address as it is', () => {
    expect(addressBucket('unknown')).toBe('unknown');
  });
});

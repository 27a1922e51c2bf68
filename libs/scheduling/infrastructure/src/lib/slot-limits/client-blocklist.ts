import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** `10.20.0.0/16`, `192.0.2.7`, `2001:db8::/32` → a node:net BlockList; anything else throws naming the entry. */
export function clientList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const raw of entries.map((e) => e.trim()).filter((e) => e.length > 0)) {
    const [address, bits, extra] = raw.split('/');
    const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
    if (!type || extra !== undefined) throw new Error(`Not an address or subnet: ${raw}`);
    if (bits === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(bits);
    if (!/^\d{1,3}$/.test(bits) || prefix > (type === 'ipv4' ? 32 : 128))
      throw new Error(`Not an address or subnet: ${raw}`);
    list.addSubnet(address, prefix, type);
  }
  return list;
}

/** Whether `address` (as Express gives req.ip, IPv4-mapped IPv6 included) is on the list. */
export function listed(list: BlockList, address: string): boolean {
  const v4 = address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;
  if (isIPv4(v4)) return list.check(v4, 'ipv4');
  return isIPv6(v4) && list.check(v4, 'ipv6');
}

// Where the dashboard may send a webhook. Whoever may create alert rules chooses the URL,
// and the dashboard calls it from inside the network: without a policy a rule could make
// it post to the database's port, an admin interface on loopback or the cloud metadata
// service (169.254.169.254). So a webhook must reach a public unicast address, unless
// HOPSCOPE_WEBHOOK_ALLOWED_HOSTS names the host, the address or a range (CIDR) it
// reaches. The rule is checked when a rule is saved (so the user hears why at once) and
// again on the address each delivery connects to (a name may resolve elsewhere by then:
// DNS rebinding). Webhooks follow no redirects (webhook.ts), so a redirect cannot lead
// past the check.
// Address classes come from ipaddr.js (the ranges of IANA's special-purpose registries,
// IPv4-mapped IPv6 unwrapped), a maintained library instead of a table written here.
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export type OutboundPolicy = { hosts: ReadonlySet<string>; ranges: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][] };

const WHY: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  uniqueLocal: 'a unique-local address',
  linkLocal: 'a link-local address (where cloud metadata services answer)',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
};

/** HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: host names, addresses and CIDR ranges, comma-separated. */
export function outboundPolicyFromEnv(env: Record<string, string | undefined> = process.env): OutboundPolicy {
  const hosts = new Set<string>();
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const raw of (env.HOPSCOPE_WEBHOOK_ALLOWED_HOSTS ?? '').split(',')) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const address = ipaddr.process(entry);
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(entry)) hosts.add(entry);
    else
      throw new Error(
        `HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: "${raw.trim()}" is neither a host name, an address nor a CIDR range`,
      );
  }
  return { hosts, ranges };
}

/** What kind of address the policy refuses `address` as ("a loopback address"), or null when a webhook may go there. */
function refusedAs(address: string, policy: OutboundPolicy): string | null {
  const ip = ipaddr.process(address);
  if (policy.ranges.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return null;
  const range = ip.range();
  return range === 'unicast' ? null : (WHY[range] ?? `a special-purpose address (${range})`);
}

/** Why the policy refuses a webhook to `address` (an IP address), or null. */
export function refusalOf(address: string, policy: OutboundPolicy): string | null {
  const as = refusedAs(address, policy);
  return as === null ? null : `${address} is ${as}`;
}

function refusalOfName(host: string, addresses: readonly dns.LookupAddress[], policy: OutboundPolicy): string | null {
  for (const { address } of addresses) {
    const as = refusedAs(address, policy);
    if (as !== null) return `${host} resolves to ${address}, ${as}`;
  }
  return null;
}

/** The URL's host as a name or a bare address (URL keeps IPv6 literals in brackets). */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/**
 * Why a webhook to `url` is refused now, or null. The host's every address must pass: a
 * name that resolves to one public and one private address is refused. A name that does
 * not resolve (yet) is let through: nothing can be sent to it, and what it resolves to
 * when a delivery is made is checked then.
 */
export async function destinationRefusal(url: string, policy: OutboundPolicy): Promise<string | null> {
  const host = hostOf(new URL(url));
  if (policy.hosts.has(host)) return null;
  if (ipaddr.isValid(host)) return refusalOf(host, policy);
  let addresses: dns.LookupAddress[];
  try {
    addresses = await dns.promises.lookup(host, { all: true });
  } catch {
    return null;
  }
  return refusalOfName(host, addresses, policy);
}

/** Thrown into a delivery's connection when the address it would reach is refused. */
export class RefusedDestination extends Error {}

/**
 * A lookup for http.request that lets a connection reach only what the policy allows: the
 * check made on the addresses the socket will actually connect to.
 */
export function guardedLookup(url: URL, policy: OutboundPolicy): LookupFunction {
  const named = policy.hosts.has(hostOf(url));
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const why = named ? null : refusalOfName(hostname, addresses, policy);
      if (why !== null) return callback(new RefusedDestination(why), '', 0);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

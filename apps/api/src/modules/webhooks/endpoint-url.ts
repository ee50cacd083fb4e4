import { lookup } from 'node:dns/promises';
import { msg, quotedInput, type Message } from '@billing/domain';
import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks may be sent. A URL is http(s), names a host, carries no credentials, and —
 * unless private targets are allowed (`allowPrivate`: development, a receiver on 127.0.0.1) —
 * none of the addresses its host resolves to is loopback, link-local, private, shared (CGNAT),
 * unspecified or multicast: an endpoint must not turn the API into a way to reach the
 * network it runs in (cloud metadata at 169.254.169.254, an admin port on 127.0.0.1). To be
 * checked when an endpoint is saved and again before each delivery (a name can resolve
 * elsewhere later).
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network, unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local (private)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is checked as the IPv4 address. */
function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]!);
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type EndpointUrlCheck =
  { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly message: Message };

/** Resolves a host name to every address it has (IP literals are their own address). */
export type Resolve = (host: string) => Promise<string[]>;

const systemResolve: Resolve = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

export async function checkEndpointUrl(
  raw: string,
  options: { allowPrivate: boolean; resolve?: Resolve },
): Promise<EndpointUrlCheck> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: msg('api.webhook.url.invalid') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return {
      ok: false,
      message: msg('api.webhook.url.scheme', { scheme: url.protocol.replace(':', '') }),
    };
  if (url.username || url.password)
    return { ok: false, message: msg('api.webhook.url.credentials') };
  if (url.hash) return { ok: false, message: msg('api.webhook.url.fragment') };
  if (options.allowPrivate) return { ok: true, url };
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await (options.resolve ?? systemResolve)(host);
  } catch {
    return { ok: false, message: msg('api.webhook.url.unresolved', { host: quotedInput(host) }) };
  }
  if (addresses.length === 0)
    return { ok: false, message: msg('api.webhook.url.unresolved', { host: quotedInput(host) }) };
  const blocked = addresses.find((address) => !isPublicAddress(address));
  if (blocked)
    return {
      ok: false,
      message: msg('api.webhook.url.private', { host: quotedInput(host), address: blocked }),
    };
  return { ok: true, url };
}

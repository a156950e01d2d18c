import dns from "node:dns";
import net, { type LookupFunction } from "node:net";
import { ValidationError } from "../errors.ts";

/** Where a webhook may not point: this machine, private networks, link-local, CGNAT, multicast. */
const refused = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  refused.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  refused.addSubnet(network, prefix, "ipv6");
}

/** Whether an IP address is on this machine or a private network (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPrivateAddress(mapped[1]);
  const family = net.isIP(address);
  if (family === 0) return true;
  return refused.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** A webhook URL as stored: absolute http(s), no credentials; a ValidationError on `url` otherwise. */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ValidationError(
      "url",
      `is not an absolute URL (got ${JSON.stringify(raw.slice(0, 200))})`,
      "Webhook",
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ValidationError("url", `must be http or https, got ${url.protocol}`, "Webhook");
  if (url.username || url.password)
    throw new ValidationError(
      "url",
      "may not carry credentials: sign with the secret instead",
      "Webhook",
    );
  if (raw.length > 2000)
    throw new ValidationError("url", "is longer than 2000 characters", "Webhook");
  return url;
}

/** Who refuses a private target, for its error: the record named and the variable that allows it. */
export interface TargetOwner {
  record: string;
  allowedBy: string;
}

const webhookTarget: TargetOwner = {
  record: "Webhook",
  allowedBy: "PARLEY_WEBHOOKS_ALLOW_PRIVATE=1 for on-premise receivers",
};

/**
 * Refuses a URL whose host is or resolves to a private address, unless private targets are allowed.
 * Checked at creation; each request checks the address it actually connects to (DNS may change).
 */
export async function assertPublicTarget(
  url: URL,
  allowPrivate: boolean,
  owner: TargetOwner = webhookTarget,
): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = net.isIP(host)
      ? [host]
      : (await dns.promises.lookup(host, { all: true })).map((entry) => entry.address);
  } catch {
    throw new ValidationError("url", `host ${host} does not resolve`, owner.record);
  }
  const blocked = addresses.find(isPrivateAddress);
  if (blocked) {
    throw new ValidationError(
      "url",
      `targets ${blocked}, a private or local address (set ${owner.allowedBy})`,
      owner.record,
    );
  }
}

/** Resolves as usual, then refuses private addresses: for requests, the check is on the address connected to. */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 4);
    const list = addresses as dns.LookupAddress[];
    const blocked = list.find((entry) => isPrivateAddress(entry.address));
    if (blocked)
      return callback(
        new Error(`${hostname} resolves to ${blocked.address}, a private or local address`),
        "",
        4,
      );
    if ((options as dns.LookupOptions).all)
      return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

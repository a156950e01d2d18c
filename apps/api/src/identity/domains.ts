// Domain knowledge about mailbox providers. A shared provider domain says
// nothing about a shared employer, and provider rules decide which spellings of
// an address reach the same mailbox.
import { memoizeByString } from "./memo.ts";

/** Consumer mailbox providers: two people on gmail.com share nothing but a vendor. */
const FREE_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "ymail.com",
  "rocketmail.com",
  "hotmail.com",
  "outlook.com",
  "live.com",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "aim.com",
  "protonmail.com",
  "protonmail.ch",
  "proton.me",
  "pm.me",
  "gmx.com",
  "gmx.net",
  "gmx.de",
  "gmx.at",
  "gmx.ch",
  "web.de",
  "t-online.de",
  "freenet.de",
  "mail.com",
  "email.com",
  "zoho.com",
  "zohomail.com",
  "fastmail.com",
  "fastmail.fm",
  "hey.com",
  "tutanota.com",
  "tuta.io",
  "yandex.com",
  "yandex.ru",
  "mail.ru",
  "inbox.ru",
  "rambler.ru",
  "qq.com",
  "163.com",
  "126.com",
  "sina.com",
  "naver.com",
  "daum.net",
  "rediffmail.com",
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "laposte.net",
  "sfr.fr",
  "libero.it",
  "virgilio.it",
  "seznam.cz",
  "wp.pl",
  "o2.pl",
  "interia.pl",
  "btinternet.com",
  "sky.com",
  "virginmedia.com",
  "comcast.net",
  "verizon.net",
  "att.net",
  "sbcglobal.net",
  "bellsouth.net",
  "cox.net",
  "charter.net",
  "earthlink.net",
  "optonline.net",
  "shaw.ca",
  "rogers.com",
  "sympatico.ca",
  "bigpond.com",
  "optusnet.com.au",
  "xtra.co.nz",
  "uol.com.br",
  "bol.com.br",
  "terra.com.br",
]);

/** Providers that run country variants (yahoo.co.uk, hotmail.fr, gmx.ch...). */
const FREE_MAIL_BRANDS = new Set(["yahoo", "hotmail", "outlook", "live", "gmx", "yandex", "aol"]);

/** Second-level labels under which registrations happen (acme.co.uk, not co.uk). */
const SECOND_LEVEL_SUFFIXES = new Set([
  "co",
  "com",
  "net",
  "org",
  "ac",
  "gov",
  "edu",
  "or",
  "ne",
  "go",
]);

// Memoized: an import holds a few hundred domains across millions of addresses.
export const isFreeMailDomain = memoizeByString((domain: string): boolean => {
  const lower = domain.toLowerCase();
  if (FREE_MAIL_DOMAINS.has(lower)) return true;
  const brand = registrableDomain(lower).split(".")[0];
  return brand !== undefined && FREE_MAIL_BRANDS.has(brand);
}, 10_000);

/**
 * The domain an organization registers: "mail.eu.acme.com" -> "acme.com",
 * "shop.acme.co.uk" -> "acme.co.uk". A small heuristic instead of the full
 * public-suffix list, which is enough to compare employers.
 */
export const registrableDomain = memoizeByString((domain: string): string => {
  const labels = domain.toLowerCase().replace(/\.$/, "").split(".");
  if (labels.length <= 2) return labels.join(".");
  const secondLast = labels[labels.length - 2]!;
  const last = labels[labels.length - 1]!;
  const keep = last.length === 2 && SECOND_LEVEL_SUFFIXES.has(secondLast) ? 3 : 2;
  return labels.slice(-keep).join(".");
}, 10_000);

/** The label that names the organization: "acme.co.uk" -> "acme". */
export function domainLabel(domain: string): string {
  return registrableDomain(domain).split(".")[0] ?? "";
}

// Gmail ignores dots in the local part and everything after "+"; googlemail.com
// is the same service under its older (German, UK) name.
const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

// Providers documented to deliver "name+tag@" to "name@". Dots stay significant
// there. Yahoo is deliberately absent: its disposable addresses are
// "basename-keyword@yahoo.com" where the base name is chosen separately from
// the account name, so stripping "-keyword" would not recover the account and
// could collide with a different real user; "+" is not a tag separator there.
// Custom domains are absent too: whether "+" is a tag is a per-server setting,
// and an automatic merge must not guess.
const PLUS_TAG_DOMAINS = new Set([
  "fastmail.com",
  "fastmail.fm",
  "messagingengine.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "protonmail.com",
  "protonmail.ch",
  "proton.me",
  "pm.me",
]);

/** The mailbox a provider really delivers to, or the address unchanged. */
export function canonicalMailbox(local: string, domain: string): { local: string; domain: string } {
  if (GMAIL_DOMAINS.has(domain)) {
    return { local: stripPlusTag(local).replaceAll(".", ""), domain: "gmail.com" };
  }
  if (PLUS_TAG_DOMAINS.has(domain)) return { local: stripPlusTag(local), domain };
  return { local, domain };
}

function stripPlusTag(local: string): string {
  const plus = local.indexOf("+");
  return plus === -1 ? local : local.slice(0, plus);
}

// Team mailboxes are read by whoever is on duty: they identify a function, not
// a person, so they must never join two people.
const ROLE_LOCAL_PARTS = new Set([
  "info",
  "sales",
  "support",
  "help",
  "contact",
  "hello",
  "hi",
  "team",
  "office",
  "admin",
  "administrator",
  "billing",
  "accounts",
  "accounting",
  "finance",
  "invoices",
  "marketing",
  "press",
  "media",
  "pr",
  "hr",
  "jobs",
  "careers",
  "recruiting",
  "noreply",
  "no-reply",
  "donotreply",
  "do-not-reply",
  "postmaster",
  "webmaster",
  "hostmaster",
  "abuse",
  "security",
  "privacy",
  "legal",
  "service",
  "customerservice",
  "enquiries",
  "inquiries",
  "orders",
  "reception",
  "mail",
  "all",
  "everyone",
  "staff",
  "newsletter",
  "events",
  "partners",
]);

export function isRoleLocalPart(local: string): boolean {
  return ROLE_LOCAL_PARTS.has(local.toLowerCase());
}

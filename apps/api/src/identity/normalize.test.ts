import { describe, expect, it } from "vitest";
import {
  emailDomain,
  isFreeMailAddress,
  isFreeMailDomain,
  nameTokens,
  normalizeEmail,
  normalizeExternalId,
  normalizeHandle,
  normalizeLocation,
  normalizeOrganization,
  normalizePhone,
  taglineOrganization,
} from "./normalize.ts";

describe("normalizeEmail", () => {
  it("reads gmail addresses the way Gmail delivers them: dots and +tags ignored, googlemail is gmail", () => {
    expect(normalizeEmail("  John.Smith+news@GMail.com ")).toBe("johnsmith@gmail.com");
    expect(normalizeEmail("j.o.h.n.smith@googlemail.com")).toBe("johnsmith@gmail.com");
  });

  it("drops +tags only at providers that document plus addressing", () => {
    expect(normalizeEmail("bob+crm@outlook.com")).toBe("bob@outlook.com");
    expect(normalizeEmail("bob+crm@fastmail.com")).toBe("bob@fastmail.com");
    expect(normalizeEmail("bob+crm@icloud.com")).toBe("bob@icloud.com");
    expect(normalizeEmail("bob+crm@proton.me")).toBe("bob@proton.me");
    // Custom domains decide for themselves; guessing could merge two mailboxes.
    expect(normalizeEmail("bob+crm@acme.com")).toBe("bob+crm@acme.com");
  });

  it("keeps dots outside gmail, where they are part of the mailbox", () => {
    expect(normalizeEmail("Jo.Hn@outlook.com")).toBe("jo.hn@outlook.com");
  });

  it("leaves yahoo's '-keyword' disposable addresses alone", () => {
    expect(normalizeEmail("base-shopping@yahoo.com")).toBe("base-shopping@yahoo.com");
    expect(normalizeEmail("base+shopping@yahoo.com")).toBe("base+shopping@yahoo.com");
  });

  it("accepts the forms exports write addresses in", () => {
    expect(normalizeEmail("Jane Doe <Jane@Acme.com>")).toBe("jane@acme.com");
    expect(normalizeEmail("mailto:jane@acme.com")).toBe("jane@acme.com");
    expect(normalizeEmail("jane@münchen.de")).toBe("jane@xn--mnchen-3ya.de");
  });

  it("rejects what cannot be an address", () => {
    for (const raw of [
      "",
      "jane",
      "jane@",
      "@acme.com",
      "jane@acme",
      "ja..ne@acme.com",
      "a@b@acme.com",
      "+tag@gmail.com",
      "jane doe@acme.com",
    ]) {
      expect(normalizeEmail(raw), raw).toBeNull();
    }
  });
});

describe("emailDomain and free mail", () => {
  it("tells consumer providers from organization domains", () => {
    expect(emailDomain("Jane@GMAIL.com")).toBe("gmail.com");
    expect(isFreeMailDomain("gmail.com")).toBe(true);
    expect(isFreeMailDomain("yahoo.co.uk")).toBe(true);
    expect(isFreeMailDomain("gmx.de")).toBe(true);
    expect(isFreeMailAddress("jane@proton.me")).toBe(true);
    expect(isFreeMailDomain("acme.com")).toBe(false);
  });
});

describe("normalizePhone", () => {
  it("writes every US formatting of a number as the same E.164 string", () => {
    for (const raw of [
      "(415) 555-0132",
      "415.555.0132",
      "415-555-0132",
      "+1 415 555 0132",
      "1-415-555-0132",
    ]) {
      expect(normalizePhone(raw), raw).toBe("+14155550132");
    }
  });

  it("reads national numbers with the given default country and international ones regardless", () => {
    expect(normalizePhone("030 12345678", "DE")).toBe("+493012345678");
    expect(normalizePhone("+49 30 12345678")).toBe("+493012345678");
    expect(normalizePhone("0049 30 12345678")).toBe("+493012345678");
  });

  it("returns null for numbers that cannot exist", () => {
    for (const raw of ["123", "000-000-0000", "123-456-7890", "phone", ""])
      expect(normalizePhone(raw), raw).toBeNull();
  });
});

describe("normalizeHandle", () => {
  it("treats x and twitter as one platform and ignores @, case and profile URLs", () => {
    const expected = { platform: "twitter", handle: "johnsmith" };
    expect(normalizeHandle("X", "@JohnSmith")).toEqual(expected);
    expect(normalizeHandle("twitter", "https://twitter.com/JohnSmith?lang=en")).toEqual(expected);
    expect(normalizeHandle("x", "https://x.com/johnsmith/")).toEqual(expected);
    expect(normalizeHandle("twitter", "twitter.com/JohnSmith")).toEqual(expected);
  });

  it("reads profile URLs with a path prefix", () => {
    expect(normalizeHandle("linkedin", "https://www.linkedin.com/in/Jane-Doe-42/")).toEqual({
      platform: "linkedin",
      handle: "jane-doe-42",
    });
  });

  it("keeps the case on platforms not known to ignore it", () => {
    expect(normalizeHandle("Forum", "JaneDoe")).toEqual({ platform: "forum", handle: "JaneDoe" });
  });

  it("rejects contradictory or impossible handles", () => {
    expect(normalizeHandle("twitter", "https://instagram.com/janedoe")).toBeNull();
    expect(normalizeHandle("twitter", "way_too_long_for_twitter")).toBeNull();
    expect(normalizeHandle("twitter", "jane doe")).toBeNull();
    expect(normalizeHandle("", "janedoe")).toBeNull();
  });
});

describe("normalizeExternalId", () => {
  it("folds the source name but keeps ids exactly, since some are case-sensitive", () => {
    expect(normalizeExternalId(" Salesforce ", " 0035e00000AbCdE ")).toEqual({
      source: "salesforce",
      id: "0035e00000AbCdE",
    });
    expect(normalizeExternalId("crm", "  ")).toBeNull();
  });
});

describe("nameTokens", () => {
  it("puts 'Last, First' back in order", () => {
    expect(nameTokens("Smith, John")).toEqual(["john", "smith"]);
    expect(nameTokens("Smith, John, Jr.")).toEqual(["john", "smith"]);
  });

  it("folds accents and drops titles, suffixes and punctuation", () => {
    expect(nameTokens("Dr. José Núñez Jr.")).toEqual(["jose", "nunez"]);
    expect(nameTokens("John Smith, PhD")).toEqual(["john", "smith"]);
    expect(nameTokens("O'Brien, Mary-Kate")).toEqual(["mary", "kate", "obrien"]);
    expect(nameTokens("Björn Åberg")).toEqual(["bjorn", "aberg"]);
    expect(nameTokens("Ms. Straße")).toEqual(["strasse"]);
  });

  it("ignores the tagline of a profile display name", () => {
    expect(nameTokens("JANE DOE | CTO @ Acme")).toEqual(["jane", "doe"]);
  });
});

describe("taglineOrganization", () => {
  it("reads the organization a display name's tagline names, after a job title too", () => {
    expect(taglineOrganization("Rose Huxard | Pixelfield Group")).toBe("pixelfield");
    expect(taglineOrganization("Jane Doe - CTO @ Acme Inc.")).toBe("acme");
    expect(taglineOrganization("Jane Doe")).toBeNull();
  });
});

describe("organizations and locations", () => {
  it("compares company names without legal forms", () => {
    expect(normalizeOrganization("The ACME Corp.")).toBe("acme");
    expect(normalizeOrganization("Acme, Inc")).toBe("acme");
    expect(normalizeOrganization("Johnson & Johnson")).toBe("johnson and johnson");
  });

  it("reduces a profile location to its city", () => {
    expect(normalizeLocation("Berlin, Germany")).toBe("berlin");
    expect(normalizeLocation("München")).toBe("munich");
    expect(normalizeLocation("NYC")).toBe("new york");
    expect(normalizeLocation("Earth")).toBeNull();
  });
});

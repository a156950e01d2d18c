import { describe, expect, it } from "vitest";
import { usernameFitsName, usernamesOf } from "./usernames.ts";

const only = (candidate: Parameters<typeof usernamesOf>[0]) => usernamesOf(candidate)[0]!;

describe("usernamesOf", () => {
  it("reads a leading nickname as the formal names it stands for, but not a prefix of a formal name", () => {
    expect(only({ emails: ["jimvedamley@yahoo.com"] }).readings).toEqual([
      "jimvedamley",
      "jamesvedamley",
    ]);
    expect(only({ emails: ["danielpatel@gmail.com"] }).readings).toEqual(["danielpatel"]);
  });

  it("knows which handles their platform may have cut: only those at its length limit, and never addresses", () => {
    expect(only({ handles: [{ platform: "twitter", handle: "barbaraellandri" }] }).mayBeCut).toBe(
      true,
    );
    expect(only({ handles: [{ platform: "twitter", handle: "larskalevova" }] }).mayBeCut).toBe(
      false,
    );
    expect(only({ handles: [{ platform: "forum", handle: "barbaraellandri" }] }).mayBeCut).toBe(
      true,
    );
    expect(only({ emails: ["barbaraellandri@gmail.com"] }).mayBeCut).toBe(false);
  });
});

describe("usernameFitsName", () => {
  const stems = new Set(["jamesvedamley", "jvedamley", "vedamleyjames", "barbaraellandridge"]);

  it("fits a user name built from a nickname of the name", () => {
    expect(usernameFitsName(only({ emails: ["jimvedamley@yahoo.com"] }), stems)).toBe(true);
  });

  it("fits a cut handle by its prefix, but not an address", () => {
    expect(
      usernameFitsName(
        only({ handles: [{ platform: "twitter", handle: "barbaraellandri" }] }),
        stems,
      ),
    ).toBe(true);
    expect(usernameFitsName(only({ emails: ["barbaraellandri@gmail.com"] }), stems)).toBe(false);
  });
});

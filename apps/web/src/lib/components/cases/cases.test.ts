import { describe, expect, it } from "vitest";
import { caseTitle, slaTimer } from "./cases.ts";

const noBreach = { firstResponse: false, nextResponse: false, resolution: false };
const base = {
  status: "NEW" as const,
  firstResponseAt: null,
  nextResponseDueAt: null,
  breached: noBreach,
  firstResponseDueAt: "2026-12-01T10:15:00.000Z",
  resolutionDueAt: "2026-12-01T14:00:00.000Z",
};
const at = (iso: string) => new Date(iso).getTime();

describe("the SLA timer of a case", () => {
  it("counts down to the first response, then says how long ago it was breached", () => {
    expect(slaTimer(base, at("2026-12-01T10:02:30Z"))).toEqual({
      target: "First response",
      state: "running",
      label: "12m 30s left",
    });
    expect(slaTimer(base, at("2026-12-01T10:16:05Z"))).toEqual({
      target: "First response",
      state: "breached",
      label: "breached 1m 05s ago",
    });
  });

  it("moves on to a next response while the customer waits, then to the resolution", () => {
    const answered = {
      ...base,
      status: "OPEN" as const,
      firstResponseAt: "2026-12-01T10:05:00.000Z",
    };
    expect(
      slaTimer(
        { ...answered, nextResponseDueAt: "2026-12-01T11:30:00.000Z" },
        at("2026-12-01T10:00:00Z"),
      ).label,
    ).toBe("1h 30m left");
    expect(slaTimer(answered, at("2026-12-01T10:00:00Z"))).toMatchObject({
      target: "Resolution",
      label: "4h 00m left",
    });
  });

  it("shows a resolved case as met or missed", () => {
    expect(slaTimer({ ...base, status: "RESOLVED" }, 0).label).toBe("met");
    expect(
      slaTimer({ ...base, status: "RESOLVED", breached: { ...noBreach, resolution: true } }, 0)
        .state,
    ).toBe("missed");
  });
});

describe("a case's title", () => {
  it("is the start of its message, cut with an ellipsis", () => {
    expect(
      caseTitle({ message: { id: "1", text: "My dryer is broken and nobody answers" } }, 20),
    ).toBe("My dryer is broken…");
    expect(caseTitle({ message: null })).toBe("Case");
  });
});

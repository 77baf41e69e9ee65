import { describe, expect, it } from "vitest";
import { readCounselorLink } from "./counselorLink";
import { DEFAULT_SCOPE, expiryFor, scopeSummary } from "./shares";

const ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
const TOKEN = "rpc_hcIAmDAYunr4_vk3sBVz4PHC5zNISMeoC_RjDifkc7k";

describe("sharing with a counselor", () => {
  it("names what a scope shows in a sentence", () => {
    expect(scopeSummary(DEFAULT_SCOPE)).toBe("Pipeline, Interviews and Referral network");
    expect(scopeSummary({ pipeline: false, interviews: false, notes: true, referrals: false })).toBe("Notes");
    expect(scopeSummary({ pipeline: true, interviews: false, notes: true, referrals: false })).toBe("Pipeline and Notes");
  });

  it("leaves the default expiry to the server and keeps a year within the limit", () => {
    const now = Date.UTC(2026, 11, 3, 9, 0, 0);
    expect(expiryFor(30, now)).toBeNull();
    expect(expiryFor(7, now)).toBe("2026-12-10T09:00:00.000Z");
    expect(expiryFor(365, now)).toBe("2027-12-03T08:59:00.000Z");
  });

  it("reads a counselor's link and nothing else", () => {
    expect(readCounselorLink(`/shared/${ID}`, `#${TOKEN}`)).toEqual({ id: ID, token: TOKEN });
    expect(readCounselorLink(`/shared/${ID}`, "")).toBeNull();
    expect(readCounselorLink(`/shared/${ID}`, "#rpt_personaltokenpersonaltoken")).toBeNull();
    expect(readCounselorLink("/shared", `#${TOKEN}`)).toBeNull();
    expect(readCounselorLink(`/contacts/${ID}`, `#${TOKEN}`)).toBeNull();
  });
});

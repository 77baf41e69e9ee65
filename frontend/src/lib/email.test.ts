import { describe, expect, it } from "vitest";
import { mailtoUrl } from "./email";

describe("mailto links for drafts", () => {
  it("encodes subject and body, keeping line breaks and symbols intact", () => {
    const url = mailtoUrl("sam@example.org", "Thank you & next steps", "Hi Sam,\n\n100% helpful?");
    expect(url).toBe("mailto:sam@example.org?subject=Thank%20you%20%26%20next%20steps&body=Hi%20Sam%2C%0A%0A100%25%20helpful%3F");
    const parsed = new URL(url);
    expect(decodeURIComponent(parsed.search.split("body=")[1])).toBe("Hi Sam,\n\n100% helpful?");
  });

  it("leaves the address empty when the contact has none", () => {
    expect(mailtoUrl(null, "Hello", "Body")).toBe("mailto:?subject=Hello&body=Body");
  });

  it("cannot be turned into extra headers by the address", () => {
    expect(mailtoUrl("a@b.org?cc=evil@x.org", "s", "b")).toBe("mailto:a@b.org%3Fcc%3Devil@x.org?subject=s&body=b");
  });
});

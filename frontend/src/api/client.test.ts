import { describe, expect, it } from "vitest";
import { ApiError, csrfToken, describeError, ok } from "./client";

describe("API client helpers", () => {
  it("reads the CSRF token from the readable cookie", () => {
    expect(csrfToken("theme=x; rapport_csrf=abc%3D123; other=1")).toBe("abc=123");
    expect(csrfToken("theme=x")).toBe("");
  });

  it("turns a problem answer into an ApiError with its details", async () => {
    const response = new Response(null, { status: 422 });
    const error = { type: "t", title: "Invalid", status: 422, detail: "Bad", errors: [] };
    await expect(ok(Promise.resolve({ error, response }))).rejects.toMatchObject({
      status: 422,
      problem: { detail: "Bad" },
    });
  });

  it("reports a network failure in words", async () => {
    const failing = ok(Promise.reject(new TypeError("Failed to fetch")));
    await expect(failing).rejects.toBeInstanceOf(ApiError);
    expect(describeError(new TypeError("x"))).toMatch(/Could not reach Rapport/);
  });
});

import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { explain, mapFieldErrors, tidy } from "./forms";

describe("problem errors next to form fields", () => {
  const fields = ["full_name", "email", "tags", "settings", "settings.digest_hour"];

  it("puts each message on the field it names", () => {
    const mapped = mapFieldErrors(
      [
        { field: "full_name", message: "String should have at least 1 character" },
        { field: "email", message: "value is not a valid email address" },
      ],
      fields,
    );
    expect(mapped.fields).toEqual({
      full_name: "String should have at least 1 character.",
      email: "Value is not a valid email address.",
    });
    expect(mapped.general).toEqual([]);
  });

  it("maps list items and nested paths to the closest field", () => {
    const mapped = mapFieldErrors(
      [
        { field: "tags.3", message: "too long" },
        { field: "settings.digest_hour", message: "at most 23" },
        { field: "body.email", message: "bad" },
      ],
      fields,
    );
    expect(mapped.fields.tags).toBe("Too long.");
    expect(mapped.fields["settings.digest_hour"]).toBe("At most 23.");
    expect(mapped.fields.email).toBe("Bad.");
  });

  it("keeps messages for fields the form does not show as general ones", () => {
    const mapped = mapFieldErrors([{ field: "query.limit", message: "too big" }], fields);
    expect(mapped.fields).toEqual({});
    expect(mapped.general).toEqual(["limit: Too big."]);
  });

  it("explains a 412 as a change made elsewhere", () => {
    const shown = explain(new ApiError(412, { detail: "stale" }), fields);
    expect(shown.general).toMatch(/changed elsewhere/);
  });

  it("asks to correct the fields when every error found its field", () => {
    const error = new ApiError(422, {
      detail: "Some input is invalid: email.",
      errors: [{ field: "email", message: "bad" }],
    });
    expect(explain(error, fields)).toEqual({
      fields: { email: "Bad." },
      general: "Please correct the highlighted fields.",
    });
  });

  it("turns pydantic fragments into sentences", () => {
    expect(tidy("Value error, unknown time zone")).toBe("Unknown time zone.");
    expect(tidy("")).toBe("Invalid value.");
  });
});

import { describe, expect, it } from "vitest";
import { PROTOCOL_VERSION, isWorkerRequest, isWorkerResponse } from "../../src/runners/protocol.ts";

describe("protocol guards", () => {
  it("accepts well-formed responses of every type", () => {
    for (const type of ["ready", "output", "done", "fatal"]) {
      expect(isWorkerResponse({ v: PROTOCOL_VERSION, id: 1, type })).toBe(true);
    }
  });

  it("rejects other versions, unknown types and missing ids", () => {
    expect(isWorkerResponse({ v: PROTOCOL_VERSION + 1, id: 1, type: "done" })).toBe(false);
    expect(isWorkerResponse({ v: PROTOCOL_VERSION, id: 1, type: "run" })).toBe(false);
    expect(isWorkerResponse({ v: PROTOCOL_VERSION, type: "done" })).toBe(false);
    expect(isWorkerResponse("done")).toBe(false);
    expect(isWorkerResponse(null)).toBe(false);
  });

  it("tells requests from responses", () => {
    expect(isWorkerRequest({ v: PROTOCOL_VERSION, id: 3, type: "run" })).toBe(true);
    expect(isWorkerRequest({ v: PROTOCOL_VERSION, id: 0, type: "init" })).toBe(true);
    expect(isWorkerRequest({ v: PROTOCOL_VERSION, id: 3, type: "done" })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  it("ignores X-Forwarded-For without a trusted proxy: anyone can send it", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.1", 0)).toBe("198.51.100.7");
  });

  it("takes the entry the trusted proxy appended, not what the client put before it", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.1, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", ["203.0.113.1", "198.51.100.7, 10.0.0.2"], 2)).toBe("198.51.100.7");
  });

  it("falls back to the connection when the chain is shorter than the proxies", () => {
    expect(clientAddress("198.51.100.7", undefined, 1)).toBe("198.51.100.7");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("counts an IPv6 client by its /64 and unwraps IPv4-mapped addresses", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(normalizeAddress("::1")).toBe("0:0:0:0::/64");
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { QrCode } from "@/components/admin/qr-code";

describe("QrCode", () => {
  it("draws the enrolment URI as an SVG with no script and no image request", () => {
    const html = renderToStaticMarkup(
      createElement(QrCode, { text: "otpauth://totp/Masthead:a%40b.test?secret=JBSWY3DPEHPK3PXP", label: "二维码" }),
    );
    expect(html).toMatch(/^<svg role="img" aria-label="二维码"[^>]* viewBox="0 0 (\d+) \1"/);
    expect(html).toMatch(/<path d="(M\d+ \d+h1v1h-1z)+" fill="#000"(\/>|><\/path>)/);
    expect(html).not.toMatch(/<script|<image|href=/);
  });
});

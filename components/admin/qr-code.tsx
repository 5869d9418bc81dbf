import { encodeQR } from "qr";

/**
 * A QR code drawn as SVG on the server: visible without JavaScript, and no image request or inline
 * script for a content security policy to allow.
 */
export function QrCode({ text, label, size = 192 }: { text: string; label: string; size?: number }) {
  // The matrix comes with the quiet zone (two modules) that scanners need around the code.
  const modules = encodeQR(text, "raw");
  const width = modules.length;
  const path = modules.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ""))).join("");
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${width} ${width}`}
      shapeRendering="crispEdges"
      data-testid="totp-qr"
    >
      <rect width={width} height={width} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

// A class's join link as a teacher shares it: the full URL, and a QR code of it for the projector,
// drawn as SVG on the server (the qrcode package works offline and ships no browser code here).
import "server-only";
import QRCode from "qrcode";

export function joinUrl(origin: string, joinCode: string): string {
  return `${origin}/join/${encodeURIComponent(joinCode)}`;
}

/** An SVG QR code of `url`, dark modules on a light square so phones read it on any theme. */
export function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
}

import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "maplibre-gl/dist/maplibre-gl.css";
import "./globals.css";

export const metadata: Metadata = {
  title: "Eurasia documents explorer",
  description: "What Japanese government documents say about Russia, Central Asia and the Caucasus, on a map.",
};

// Every page renders per request (so the not-found page too): the proxy's CSP nonce is new each
// time, and Next can only put it on its scripts while rendering.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

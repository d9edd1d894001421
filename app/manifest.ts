import type { MetadataRoute } from "next";

// The web app manifest: Overflight installs as an app on a phone's home screen, in its own colours.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Overflight: learn the Treaty on Open Skies",
    short_name: "Overflight",
    description: "Quizzes and spaced-repetition flashcards on Open Skies, New START, INF and ABM, every answer sourced.",
    start_url: "/",
    display: "standalone",
    background_color: "#f4f6fb",
    theme_color: "#2448c9",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
      { src: "/icon-maskable-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
  };
}

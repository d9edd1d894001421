"use client";
// A link to hand over (a class's join link, a student's reset link), in full, with a button that
// copies it; the outcome is announced.
import { Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function CopyLink({ url, testId = "join-url" }: { url: string; testId?: string }) {
  const [message, setMessage] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied.");
    } catch {
      setMessage("Could not copy: select the link and copy it yourself.");
    }
  }
  return (
    <div className="stack">
      <p className="join-url">
        <a href={url} data-testid={testId}>
          {url}
        </a>
      </p>
      <div className="actions">
        <Button variant="secondary" size="sm" icon={<Copy aria-hidden="true" />} onClick={copy}>
          Copy the link
        </Button>
        <p role="status" aria-live="polite" className="status-line">
          {message}
        </p>
      </div>
    </div>
  );
}

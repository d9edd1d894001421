"use client";
// Tabs on Radix UI's primitive: arrow keys move between tabs, Home and End jump, the panel follows.
// For switching views of one thing on one page; links between pages use TabLinks instead.
import * as RadixTabs from "@radix-ui/react-tabs";
import type { ReactNode } from "react";

type Tab = { value: string; label: ReactNode; content: ReactNode; disabled?: boolean };

export function Tabs({ label, tabs, defaultValue }: { label: string; tabs: Tab[]; defaultValue?: string }) {
  return (
    <RadixTabs.Root defaultValue={defaultValue ?? tabs[0]?.value}>
      <RadixTabs.List className="tabs-list" aria-label={label}>
        {tabs.map((t) => (
          <RadixTabs.Trigger key={t.value} value={t.value} className="tab" disabled={t.disabled}>
            {t.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((t) => (
        <RadixTabs.Content key={t.value} value={t.value} className="tabs-panel">
          {t.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}

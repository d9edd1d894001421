// Each topic's tone (a colour token of app/styles/tokens.css) and icon, in one place, so a topic
// looks the same on the home page, in a quiz, on results and on the dashboard.
import {
  BookOpenText,
  ClipboardCheck,
  DoorOpen,
  Hourglass,
  Landmark,
  MessageSquareQuote,
  Plane,
  Rocket,
  ScanSearch,
  ScrollText,
  ShieldHalf,
  Target,
  type LucideIcon,
} from "lucide-react";
import type { CSSProperties } from "react";

export type Tone = "sky" | "teal" | "orange" | "violet" | "amber" | "rose" | "green" | "indigo" | "cyan" | "plum" | "slate";

const TOPICS: Record<string, { tone: Tone; icon: LucideIcon }> = {
  "open-skies-treaty": { tone: "sky", icon: Landmark },
  "open-skies-flights": { tone: "teal", icon: Plane },
  withdrawals: { tone: "orange", icon: DoorOpen },
  "who-said-what": { tone: "violet", icon: MessageSquareQuote },
  "new-start": { tone: "amber", icon: Rocket },
  inf: { tone: "rose", icon: Target },
  abm: { tone: "green", icon: ShieldHalf },
  "open-skies-text": { tone: "indigo", icon: ScrollText },
  "open-skies-history": { tone: "cyan", icon: Hourglass },
  // A treaty's verification shares its treaty's tone, with an icon of its own.
  "new-start-verification": { tone: "amber", icon: ScanSearch },
  "inf-abm-verification": { tone: "plum", icon: ClipboardCheck },
};

const FALLBACK = { tone: "slate" as Tone, icon: BookOpenText };

export function topicStyle(topicId: string | null | undefined) {
  return (topicId && TOPICS[topicId]) || FALLBACK;
}

/** The `--topic` custom property the topic classes (.topic-card, .topic-icon, .badge.topic) read. */
export function topicVars(topicId: string | null | undefined): CSSProperties {
  return { "--topic": `var(--tone-${topicStyle(topicId).tone})` } as CSSProperties;
}

export function TopicIcon({ topicId, size = "md" }: { topicId: string | null | undefined; size?: "sm" | "md" }) {
  const Icon = topicStyle(topicId).icon;
  return (
    <span className={size === "sm" ? "topic-icon sm" : "topic-icon"} style={topicVars(topicId)} aria-hidden="true">
      <Icon strokeWidth={2.2} />
    </span>
  );
}

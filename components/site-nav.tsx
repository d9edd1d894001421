// The header's navigation: what a guest can do, and more once signed in (a teacher's first link
// is Teach). When the database cannot be reached the header still renders (as for a guest) with
// a notice, so pages that need no data, like the home page, keep working during an outage.
import { BookOpen, ChartNoAxesColumn, GraduationCap, History, House, Layers, LibraryBig, LogIn, Presentation, UserRound } from "lucide-react";
import { getCurrentUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import type { PublicUser } from "@/lib/auth/users";
import { NavMenu, type NavItem } from "@/components/ui/nav-menu";
import { SignOutButton } from "@/components/sign-out-button";

async function currentUserOrOutage(): Promise<{ user: PublicUser | null; outage: boolean }> {
  try {
    return { user: await getCurrentUser(), outage: false };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { user: null, outage: true };
    throw error;
  }
}

const icon = (Icon: typeof House) => <Icon aria-hidden="true" />;

function itemsFor(user: PublicUser | null): NavItem[] {
  if (!user) {
    return [
      { href: "/", label: "Quizzes", icon: icon(BookOpen) },
      { href: "/history", label: "My quizzes", icon: icon(History) },
      { href: "/sources", label: "Sources", icon: icon(LibraryBig) },
      { href: "/sign-in", label: "Sign in", icon: icon(LogIn), cta: true },
    ];
  }
  const teacher = user.role === "teacher";
  return [
    teacher ? { href: "/teach", label: "Teach", icon: icon(Presentation) } : { href: "/", label: "Home", icon: icon(House) },
    { href: "/review", label: "Review", icon: icon(Layers) },
    { href: "/progress", label: "Progress", icon: icon(ChartNoAxesColumn) },
    ...(teacher ? [] : [{ href: "/classes", label: "Classes", icon: icon(GraduationCap) }]),
    { href: "/history", label: "My quizzes", icon: icon(History) },
    { href: "/account", label: "Account", icon: icon(UserRound) },
  ];
}

export async function SiteNav() {
  const { user, outage } = await currentUserOrOutage();
  return (
    <>
      <NavMenu items={itemsFor(user)} extra={user ? <SignOutButton /> : undefined} />
      {outage && (
        <p className="seed-note outage" role="status">
          Overflight cannot reach its database right now: you can read, but answers and changes cannot be saved. Try again in a
          minute.
        </p>
      )}
    </>
  );
}

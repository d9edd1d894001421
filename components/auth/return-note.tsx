// Tells the visitor where signing in or up takes them, when a join link sent them here.
export function ReturnNote({ callbackUrl }: { callbackUrl: string | null }) {
  if (!callbackUrl?.startsWith("/join/")) return null;
  return (
    <p className="seed-note" role="note">
      Then you go straight on to join your class.
    </p>
  );
}

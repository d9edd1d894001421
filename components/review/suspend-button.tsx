// Suspend or unsuspend one card; a suspended card leaves the queue until unsuspended.
import { ActionButton } from "@/components/ui/action-button";

export function SuspendButton({ factId, suspended, statement }: { factId: string; suspended: boolean; statement: string }) {
  const verb = suspended ? "Unsuspend" : "Suspend";
  return (
    <ActionButton
      url={`/api/cards/${encodeURIComponent(factId)}`}
      method="PATCH"
      body={{ suspended: !suspended }}
      label={verb}
      ariaLabel={`${verb}: ${statement}`}
      done={suspended ? "Unsuspended." : "Suspended."}
    />
  );
}

import { Compass } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/meter";

export default function NotFound() {
  return (
    <section className="card">
      <EmptyState
        title={<span>Not found</span>}
        action={
          <ButtonLink href="/" icon={<Compass aria-hidden="true" />}>
            Back to the quizzes
          </ButtonLink>
        }
      >
        This page does not exist, or it belongs to someone else. The flight plan had no such waypoint.
      </EmptyState>
    </section>
  );
}

import { GraduationCap } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/meter";

export default function Forbidden() {
  return (
    <section className="card">
      <EmptyState
        title="Not for this account"
        action={
          <ButtonLink href="/classes" icon={<GraduationCap aria-hidden="true" />}>
            My classes
          </ButtonLink>
        }
      >
        This page is for teacher accounts. Learners find their classes and assignments under Classes.
      </EmptyState>
    </section>
  );
}

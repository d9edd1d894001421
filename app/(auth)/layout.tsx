// Sign-in and sign-up: one narrow column beside the flight-map picture on wide screens.
import { FlightMapArt } from "@/components/brand/illustrations";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="auth-layout">
      <div className="auth-form">{children}</div>
      <div className="auth-art" aria-hidden="true">
        <FlightMapArt className="hero-art" />
        <p className="muted">Your cards come back just before you would forget them: a few minutes a day keeps a treaty in mind.</p>
      </div>
    </div>
  );
}

export { authHandler as GET, authPostHandler as POST } from "@/lib/http/auth-route";
